"""Scripts run by LibreOffice's own Python (the one that has ``uno``), never imported by reportgen."""

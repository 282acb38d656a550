"""The pages of ``reportgen serve``, one module per family; each handler is ``(app, request) -> response``."""

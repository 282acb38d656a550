"""Run by a Python that has LibreOffice's ``uno`` module: converts documents in an already running soffice.

It reads one JSON request a line on stdin (``{"src": …, "dst": …}``) and answers one JSON line on stdout
(``{"ok": true}`` or ``{"error": "…"}``), so the caller keeps LibreOffice warm between conversions instead of
paying its start-up for every document. The first argument is the name of soffice's pipe.
"""

import json
import sys
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def _prop(name, value):  # type: ignore[no-untyped-def]
    prop = PropertyValue()
    prop.Name = name
    prop.Value = value
    return prop


def _desktop(pipe, wait):  # type: ignore[no-untyped-def]
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + wait
    while True:
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def main():  # type: ignore[no-untyped-def]
    desktop = _desktop(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 60.0)
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        try:
            document = desktop.loadComponentFromURL(
                uno.systemPathToFileUrl(request["src"]), "_blank", 0, (_prop("Hidden", True),)
            )
            if document is None:
                raise RuntimeError("LibreOffice could not open the document")
            try:
                document.storeToURL(
                    uno.systemPathToFileUrl(request["dst"]), (_prop("FilterName", "writer_pdf_Export"),)
                )
            finally:
                document.close(True)
            answer = {"ok": True}
        except Exception as exc:
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()

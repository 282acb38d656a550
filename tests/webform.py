"""Reading the forms of a page the way a browser submits them, for the web tests."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any


class _Forms(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[dict[str, Any]] = []
        self._form: dict[str, Any] | None = None
        self._textarea: str | None = None
        self._select: str | None = None
        self._in_template = 0
        self._buffer = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "template":
            self._in_template += 1
        if self._in_template:
            return
        if tag == "form":
            self._form = {"action": a.get("action", ""), "fields": []}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input" and "name" in a and (a.get("type") not in ("file", "radio", "checkbox") or "checked" in a):
            self._form["fields"].append((a["name"], a.get("value", "")))
        elif tag == "textarea":
            self._textarea = a["name"]
            self._buffer = ""
        elif tag == "select":
            self._select = a["name"]
            self._form["fields"].append((a["name"], ""))
        elif tag == "option" and self._select and "selected" in a:
            fields = self._form["fields"]
            fields[-1] = (self._select, a.get("value", ""))
            self._option_pending = "value" not in a
        elif tag == "option":
            self._option_pending = False

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._buffer += data
        elif self._select and self._form is not None and getattr(self, "_option_pending", False):
            fields = self._form["fields"]
            fields[-1] = (self._select, data)
            self._option_pending = False

    def handle_endtag(self, tag: str) -> None:
        if tag == "template":
            self._in_template -= 1
        if self._in_template:
            return
        if tag == "textarea" and self._form is not None and self._textarea is not None:
            text = self._buffer[1:] if self._buffer.startswith("\n") else self._buffer
            self._form["fields"].append((self._textarea, text))
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form":
            self._form = None


def forms(html: str) -> list[dict[str, Any]]:
    parser = _Forms()
    parser.feed(html)
    return parser.forms


def form_fields(html: str, action: str) -> list[tuple[str, str]]:
    """The (name, value) pairs the form posting to ``action`` would send unchanged."""
    for form in forms(html):
        if form["action"] == action:
            fields: list[tuple[str, str]] = list(form["fields"])
            return fields
    raise AssertionError(f"no form posting to {action}")

"""Walks a template's Jinja syntax tree and resolves every read against the shape of the context.

Every path is followed, including the branches of ``{% if %}`` that the examples never take, so that a
misspelt tag is found before a document that needs that branch is built. Loop variables stand for one
element of the list they iterate; ``{% set %}`` and ``{% with %}`` bind names the way Jinja scopes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jinja2 import nodes

from reportgen.check.templates.shapes import OPAQUE, Shape, merge, merge_all

_GLOBALS = {"range", "dict", "lipsum", "cycler", "joiner", "namespace"}
_METHODS = set(dir(str)) | set(dir(list)) | set(dir(dict))
_TO_SCALAR = {
    "length",
    "count",
    "wordcount",
    "int",
    "float",
    "abs",
    "round",
    "string",
    "e",
    "escape",
    "safe",
    "upper",
    "lower",
    "title",
    "capitalize",
    "trim",
    "striptags",
    "truncate",
    "wordwrap",
    "center",
    "indent",
    "replace",
    "format",
    "urlencode",
    "urlize",
    "filesizeformat",
    "pprint",
    "tojson",
    "xmlattr",
    "forceescape",
}
_TO_ELEMENT = {"first", "last", "random"}
_SAME_LIST = {"list", "reverse", "select", "reject"}
_ATTRIBUTE_ARG = {"selectattr": 0, "rejectattr": 0, "groupby": 0}  # position of the attribute argument


@dataclass(frozen=True)
class Value:
    """The shape of an expression, with how the template wrote it and which data it stands for."""

    shape: Shape
    written: str | None = None  # "r.ten_doan"
    data: str | None = None  # "bang_tong_hop[].ten_doan"


@dataclass(frozen=True)
class UnknownRead:
    """A read of a key the context does not provide."""

    lineno: int
    written: str
    key: str
    owner: str  # data path of what it was read from; "" for a top-level name
    choices: tuple[str, ...]


@dataclass
class Walker:
    """One template part; collect ``unknown`` reads, ``unchecked`` data paths, ``used`` top-level keys."""

    top: Shape
    unknown: list[UnknownRead] = field(default_factory=list)
    unchecked: set[str] = field(default_factory=set)
    used: set[str] = field(default_factory=set)
    scopes: list[dict[str, Value]] = field(default_factory=lambda: [{}])
    lenient: int = 0  # inside ``is defined``: a missing key is what is being asked

    # statements ---------------------------------------------------------------------------------------
    def walk(self, node: nodes.Node) -> None:
        handler = getattr(self, f"_stmt_{type(node).__name__}", None)
        if handler is not None:
            handler(node)
        elif isinstance(node, nodes.Expr):
            self.expr(node)
        else:
            for child in node.iter_child_nodes():
                self.walk(child)

    def _body(self, body: list[nodes.Node], bindings: dict[str, Value] | None = None) -> None:
        self.scopes.append(dict(bindings or {}))
        for child in body:
            self.walk(child)
        self.scopes.pop()

    def _stmt_Output(self, node: nodes.Output) -> None:
        for child in node.nodes:
            if not isinstance(child, nodes.TemplateData):
                self.expr(child)

    def _stmt_For(self, node: nodes.For) -> None:
        items = self.expr(node.iter)
        bindings = self._bind(node.target, self._element(items))
        bindings["loop"] = Value(OPAQUE)
        self.scopes.append(bindings)
        if node.test is not None:
            self.expr(node.test)
        for child in node.body:
            self.walk(child)
        self.scopes.pop()
        for child in node.else_:
            self.walk(child)

    def _stmt_If(self, node: nodes.If) -> None:
        self.expr(node.test)
        for child in [*node.body, *node.elif_, *node.else_]:
            self.walk(child)

    def _stmt_Assign(self, node: nodes.Assign) -> None:
        self.scopes[-1].update(self._bind(node.target, self.expr(node.node)))

    def _stmt_AssignBlock(self, node: nodes.AssignBlock) -> None:
        self._body(node.body)
        if node.filter is not None:
            self.expr(node.filter)
        self.scopes[-1].update(self._bind(node.target, Value(Shape(scalar=True))))

    def _stmt_With(self, node: nodes.With) -> None:
        bindings: dict[str, Value] = {}
        for target, value in zip(node.targets, node.values, strict=True):
            bindings.update(self._bind(target, self.expr(value)))
        self._body(node.body, bindings)

    def _stmt_Macro(self, node: nodes.Macro) -> None:
        for default in node.defaults:
            self.expr(default)
        params = {arg.name: Value(OPAQUE) for arg in node.args}
        self._body(node.body, {**params, "varargs": Value(OPAQUE), "kwargs": Value(OPAQUE)})
        self.scopes[-1][node.name] = Value(OPAQUE)

    def _stmt_CallBlock(self, node: nodes.CallBlock) -> None:
        self.expr(node.call)
        params = {arg.name: Value(OPAQUE) for arg in node.args}
        self._body(node.body, {**params, "caller": Value(OPAQUE)})

    def _stmt_FilterBlock(self, node: nodes.FilterBlock) -> None:
        self._body(node.body)
        self.expr(node.filter)

    def _bind(self, target: nodes.Node, value: Value) -> dict[str, Value]:
        if isinstance(target, nodes.Name):
            return {target.name: Value(value.shape, target.name, value.data)}
        if isinstance(target, nodes.Tuple):  # ``for key, value in …``: the parts are not told apart
            return {k: v for item in target.items for k, v in self._bind(item, Value(OPAQUE)).items()}
        return {}  # ``ns.attr``: a namespace holds anything

    # expressions --------------------------------------------------------------------------------------
    def expr(self, node: nodes.Node) -> Value:
        handler = getattr(self, f"_expr_{type(node).__name__}", None)
        if handler is not None:
            result: Value = handler(node)
            return result
        for child in node.iter_child_nodes():
            self.expr(child)
        return Value(Shape(scalar=True)) if isinstance(node, nodes.Const | nodes.TemplateData) else Value(OPAQUE)

    def _expr_Name(self, node: nodes.Name) -> Value:
        if node.ctx != "load":
            return Value(OPAQUE)
        for scope in reversed(self.scopes):
            if node.name in scope:
                return scope[node.name]
        fields = self.top.fields or {}
        if node.name in fields:
            self.used.add(node.name)
            return Value(fields[node.name], node.name, node.name)
        if node.name in _GLOBALS:
            return Value(OPAQUE)
        visible = {*fields, *(name for scope in self.scopes for name in scope)}
        self._unknown(node, node.name, node.name, "", visible)
        return Value(OPAQUE)

    def _expr_Getattr(self, node: nodes.Getattr) -> Value:
        return self._member(self.expr(node.node), node.attr, node)

    def _expr_Getitem(self, node: nodes.Getitem) -> Value:
        base = self.expr(node.node)
        key = node.arg
        if isinstance(key, nodes.Const) and isinstance(key.value, str):
            return self._member(base, key.value, node)
        if isinstance(key, nodes.Slice):
            self.expr(key)
            return base
        self.expr(key)
        if isinstance(key, nodes.Const) and isinstance(key.value, int) and base.written:
            return self._element(base, f"{base.written}[{key.value}]")
        return self._element(base) if base.shape.element is not None else Value(OPAQUE)

    def _member(self, base: Value, key: str, node: nodes.Node) -> Value:
        shape = base.shape
        written = f"{base.written}.{key}" if base.written else key
        data = f"{base.data}.{key}" if base.data else None
        if shape.opaque:
            return Value(OPAQUE)
        if shape.fields is not None and key in shape.fields:
            return Value(shape.fields[key], written, data)
        if key in _METHODS and (shape.scalar or shape.element is not None or shape.fields is not None):
            return Value(OPAQUE)  # a method of the text, list or mapping, e.g. ``x.items()``
        if not shape.known:
            if base.data and not self.lenient:
                self.unchecked.add(base.data)
            return Value(OPAQUE)
        self._unknown(node, written, key, base.data or base.written or "", set(shape.fields or {}))
        return Value(OPAQUE)

    def _unknown(self, node: nodes.Node, written: str, key: str, owner: str, choices: set[str]) -> None:
        if not self.lenient:
            self.unknown.append(UnknownRead(node.lineno, written, key, owner, tuple(sorted(choices))))

    def _element(self, value: Value, written: str | None = None) -> Value:
        shape = value.shape
        if shape.opaque:
            return Value(OPAQUE)
        if shape.element is None and shape.fields is not None:
            return Value(Shape(scalar=True))  # iterating a mapping gives its keys
        data = f"{value.data}[]" if value.data else None
        return Value(shape.element or Shape(), written, data)

    def _expr_Call(self, node: nodes.Call) -> Value:
        for arg in [*node.args, *(kw.value for kw in node.kwargs), node.dyn_args, node.dyn_kwargs]:
            if arg is not None:
                self.expr(arg)
        if isinstance(node.node, nodes.Getattr) and node.node.attr == "values":
            owner = self.expr(node.node.node).shape
            if owner.fields is not None:
                return Value(Shape(element=merge_all(owner.fields.values())))
            return Value(OPAQUE)
        if isinstance(node.node, nodes.Name) and node.node.name == "range":
            return Value(Shape(element=Shape(scalar=True)))
        self.expr(node.node)  # read for its checks only: what a call returns is not data
        return Value(OPAQUE)

    def _expr_Filter(self, node: nodes.Filter) -> Value:
        base = self.expr(node.node) if node.node is not None else Value(OPAQUE)
        for arg in [*node.args, *(kw.value for kw in node.kwargs), node.dyn_args, node.dyn_kwargs]:
            if arg is not None:
                self.expr(arg)
        attribute = self._attribute_arg(node)
        if attribute is not None:
            field_value = self._member(self._element(base), attribute, node)
            if node.name == "map":
                return Value(Shape(element=field_value.shape))
        if node.name in _TO_SCALAR or node.name in {"join", "sum"}:
            return Value(Shape(scalar=True))
        if node.name in _TO_ELEMENT or node.name in {"min", "max"}:
            return self._element(base)
        if node.name in _SAME_LIST | {"sort", "unique", "selectattr", "rejectattr", "default", "d"}:
            return base
        return Value(OPAQUE)

    @staticmethod
    def _attribute_arg(node: nodes.Filter) -> str | None:
        position = _ATTRIBUTE_ARG.get(node.name)
        if position is not None and len(node.args) > position:
            arg = node.args[position]
            return arg.value if isinstance(arg, nodes.Const) and isinstance(arg.value, str) else None
        for kw in node.kwargs:
            if kw.key == "attribute" and isinstance(kw.value, nodes.Const) and isinstance(kw.value.value, str):
                return kw.value.value
        return None

    def _expr_Test(self, node: nodes.Test) -> Value:
        asks_presence = node.name in {"defined", "undefined"}
        self.lenient += asks_presence
        self.expr(node.node)
        self.lenient -= asks_presence
        for arg in [*node.args, *(kw.value for kw in node.kwargs)]:
            self.expr(arg)
        return Value(Shape(scalar=True))

    def _expr_CondExpr(self, node: nodes.CondExpr) -> Value:
        self.expr(node.test)
        first = self.expr(node.expr1).shape
        second = self.expr(node.expr2).shape if node.expr2 is not None else Shape()
        return Value(merge(first, second))

    def _expr_And(self, node: nodes.And) -> Value:
        return Value(merge(self.expr(node.left).shape, self.expr(node.right).shape))

    _expr_Or = _expr_And

    def _expr_List(self, node: nodes.List) -> Value:
        return Value(Shape(element=merge_all(self.expr(item).shape for item in node.items)))

    _expr_Tuple = _expr_List

    def _expr_Dict(self, node: nodes.Dict) -> Value:
        fields = {}
        for pair in node.items:
            value = self.expr(pair.value).shape
            if isinstance(pair.key, nodes.Const):
                fields[str(pair.key.value)] = value
            else:
                self.expr(pair.key)
        return Value(Shape(fields=fields))

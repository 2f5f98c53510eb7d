"""Load and validate the catalogs (clients.yaml, scenarios.yaml) into frozen records.

Errors name the file, the line and the field, with list items named by their id:
    clients.yaml:42: clients[wget].argv: Field required
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from collections.abc import Iterable, Sequence

import yaml
from pydantic import BaseModel, ValidationError

from . import paths
from .errors import CatalogError, UsageError
from .models import Client, ClientCatalog, Profile, Scenario, ScenarioCatalog
from .paths import CATALOG_ENV, CLIENTS_FILE, SCENARIOS_FILE

ROOT = paths.DATA  # the checkout, or the installed package's _data/ (see paths.py)
MAX_DEPTH = 32  # the catalogs nest five levels; far deeper is a mistake (or an attack on the parser)

M = TypeVar("M", bound=BaseModel)
# Lists whose items must differ, and in which fields: reported at the line of the second item.
UNIQUE: dict[str, tuple[tuple[str, tuple[str, ...], str], ...]] = {
    "ClientCatalog": (("clients", ("id",), "client"),),
    # One port per scenario whatever its protocol: a pod's capture is split into cells by port.
    "ScenarioCatalog": (("scenarios", ("id",), "scenario"), ("scenarios", ("port",), "port")),
}


def _shown(path: Path) -> str:
    """A catalog by its file name (clients.yaml:42): the folder is the one the command was given."""
    return path.name


class _Loader(yaml.SafeLoader):
    """safe_load that refuses a key given twice in one mapping (YAML would silently keep the last)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: dict = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=True)
            try:
                first = seen.setdefault(key, key_node)
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    None, None, "a mapping key must be a plain value", key_node.start_mark
                ) from None
            if first is not key_node:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"key {key!r} given twice in one mapping (first at line "
                    f"{first.start_mark.line + 1}); YAML would keep only the last",
                    key_node.start_mark,
                )
        return super().construct_mapping(node, deep)


def _parse(path: Path) -> tuple[Any, yaml.Node | None]:
    """The YAML document at `path` and its node tree, or CatalogError naming file and line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CatalogError(
            f"{_shown(path)}:{line}: not UTF-8 text (byte 0x{raw[exc.start]:02x}); save the file as UTF-8"
        ) from None
    try:
        _check_depth(path, text)
        loader = _Loader(text)
        try:
            tree = loader.get_single_node()
            data = loader.construct_document(tree) if tree is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise CatalogError(_yaml_problem(path, exc, text)) from None
    return data, tree


def _check_depth(path: Path, text: str) -> None:
    # The event parser keeps its own stack, so this pass cannot overflow Python's; the composer that
    # follows recurses once per level and would.
    depth = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                line = event.start_mark.line + 1 if event.start_mark else 0
                raise CatalogError(
                    f"{_shown(path)}:{line}: nested more than "
                    f"{MAX_DEPTH} levels deep; a catalog needs five at most"
                )
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


def _yaml_problem(path: Path, exc: yaml.YAMLError, text: str = "") -> str:
    problem = getattr(exc, "problem", None) or str(exc)
    mark = getattr(exc, "problem_mark", None)
    context = getattr(exc, "context_mark", None)
    # The scanner notices an unclosed quote or a key without its colon, the parser an unclosed [ or {,
    # only at the next token, lines later: where that token or collection started is the line to fix.
    late = isinstance(exc, yaml.scanner.ScannerError) or "flow" in (getattr(exc, "context", "") or "")
    if late and context is not None:
        problem = f"{problem} ({getattr(exc, 'context', '')})"
        mark = context
    elif isinstance(exc, yaml.parser.ParserError) and mark is not None:
        opened = _unclosed_quote(text, mark.index)
        if opened is not None:
            problem = f"{problem} (the quoted value opened here runs on to line {mark.line + 1})"
            mark = opened
    where = f"{_shown(path)}:{mark.line + 1}" if mark else _shown(path)
    return f"{where}: not valid YAML: {problem}"


def _unclosed_quote(text: str, index: int) -> yaml.Mark | None:
    """Where a quoted value started, if the token before `index` is one spanning several lines: a
    missing closing quote swallows lines until the next quote, and the parser trips only there."""
    last = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.index >= index:
                break
            last = token
    except yaml.YAMLError:
        pass
    if (
        isinstance(last, yaml.ScalarToken)
        and last.style in ("'", '"')
        and last.start_mark.line != last.end_mark.line
    ):
        return last.start_mark
    return None


def load_model(path: Path, model: type[M]) -> M:
    """Parse a YAML file (safe, no duplicate keys) and validate it into `model`, or raise CatalogError."""
    data, tree = _parse(path)
    _check_unique_items(path, data, tree, UNIQUE.get(model.__name__, ()))
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise CatalogError(_describe(path, data, tree, exc)) from None


def _check_unique_items(
    path: Path, data: Any, tree: yaml.Node | None, rules: Sequence[tuple[str, tuple[str, ...], str]]
) -> None:
    if not isinstance(data, dict):
        return
    for list_key, fields, what in rules:
        items = data.get(list_key)
        if not isinstance(items, list):
            continue
        seen: dict[tuple, int] = {}
        for i, item in enumerate(items):
            if not isinstance(item, dict) or any(f not in item for f in fields):
                continue
            try:
                first = seen.setdefault(tuple(item[f] for f in fields), i)
            except TypeError:
                continue  # an unhashable value: validation reports it as the wrong type
            if first != i:
                loc = (list_key, i, fields[-1])
                shown = "/".join(str(item[f]) for f in fields)
                raise CatalogError(
                    f"{_shown(path)}:{_line_of(tree, loc)}: {_readable(data, loc)}: duplicate "
                    f"{what} {shown!r} (first at line "
                    f"{_line_of(tree, (list_key, first, fields[-1]))}); give each its own"
                )


def _describe(path: Path, data: Any, tree: yaml.Node | None, exc: ValidationError) -> str:
    lines = []
    for err in exc.errors():
        loc = _without_tags(data, tuple(err["loc"]))
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] in ("union_tag_invalid", "union_tag_not_found"):
            # A scenario's kind picks the model that validates it (runner/kinds/).
            loc += ("kind",)
            tags = err.get("ctx", {}).get("expected_tags", "")
            got = err.get("ctx", {}).get("tag")
            msg = (
                f"unknown kind {got!r}; valid: {tags}"
                if got is not None
                else f"a scenario needs a kind: {tags}"
            )
        line = _line_of(tree, loc)
        field = _readable(data, loc) or "(top level)"
        lines.append(f"{_shown(path)}:{line}: {field}: {msg}")
    return "\n".join(lines)


def _without_tags(data: Any, loc: tuple) -> tuple:
    """Drop the discriminator tags pydantic puts in error paths (scenarios.0.firewall.rules): the
    user wrote `kind: firewall` in the item, not a `firewall` field."""
    out: list = []
    for key in loc:
        if out and isinstance(out[-1], int) and isinstance(data, dict) and data.get("kind") == key:
            continue
        out.append(key)
        if isinstance(data, dict):
            data = data.get(key)
        elif isinstance(data, list) and isinstance(key, int) and key < len(data):
            data = data[key]
        else:
            data = None
    return tuple(out)


def _line_of(node: yaml.Node | None, loc: Sequence[Any]) -> int:
    """The line of the deepest YAML node that `loc` reaches (1-based)."""
    if node is None:
        return 1
    for key in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if str(k.value) == str(key):
                    child = v
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            child = node.value[key]
        if child is None:
            break
        node = child
    return node.start_mark.line + 1


def _readable(data: Any, loc: Sequence[Any]) -> str:
    """('clients', 3, 'argv') -> 'clients[wget].argv', naming list items by their id when they have one."""
    out = ""
    for key in loc:
        if isinstance(key, int) and isinstance(data, list):
            item = data[key] if key < len(data) else None
            ident = item.get("id") if isinstance(item, dict) else None
            out += f"[{ident}]" if ident else f"[{key}]"
            data = item
        else:
            out += f".{key}" if out else str(key)
            data = data.get(key) if isinstance(data, dict) else None
    return out


@dataclass(frozen=True)
class Catalogs:
    """Both catalogs, loaded together because every command needs the pair."""

    clients: ClientCatalog
    scenarios: ScenarioCatalog

    def client(self, client_id: str) -> Client:
        return _pick("client", client_id, {c.id: c for c in self.clients.clients})

    def scenario(self, scenario_id: str) -> Scenario:
        return _pick("scenario", scenario_id, {s.id: s for s in self.scenarios.scenarios})

    def profile(self, name: str) -> Profile:
        return _pick("profile", name, dict(self.scenarios.profiles))

    def select_clients(self, ids: Iterable[str] = ()) -> tuple[Client, ...]:
        ids = list(ids)
        return tuple(self.client(i) for i in ids) if ids else self.clients.clients

    def select_scenarios(self, ids: Iterable[str] = ()) -> tuple[Scenario, ...]:
        ids = list(ids)
        return tuple(self.scenario(i) for i in ids) if ids else self.scenarios.scenarios


def _pick(kind: str, name: str, table: dict):
    try:
        return table[name]
    except KeyError:
        raise UsageError(f"unknown {kind} {name!r}; valid: {', '.join(table)}") from None


def load(clients: Path = CLIENTS_FILE, scenarios: Path = SCENARIOS_FILE) -> Catalogs:
    return Catalogs(load_model(clients, ClientCatalog), load_model(scenarios, ScenarioCatalog))


def load_dir(directory: Path | str | None = None) -> Catalogs:
    """The catalogs of a folder (clients.yaml, scenarios.yaml): `directory`, else $NETMATRIX_CATALOG,
    else the project's own."""
    folder = paths.catalog_dir(directory)
    if folder is None:
        return load()
    if not folder.is_dir():
        raise UsageError(
            f"catalog folder {folder} does not exist (--catalog or ${CATALOG_ENV}); it "
            "must hold clients.yaml and scenarios.yaml"
        )
    missing = [n for n in ("clients.yaml", "scenarios.yaml") if not (folder / n).is_file()]
    if missing:
        raise UsageError(
            f"catalog folder {folder} has no {' or '.join(missing)}; copy the project's and edit them"
        )
    return load(folder / "clients.yaml", folder / "scenarios.yaml")

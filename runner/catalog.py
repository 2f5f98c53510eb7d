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

from .errors import CatalogError, UsageError
from .models import Client, ClientCatalog, Profile, Scenario, ScenarioCatalog

ROOT = Path(__file__).resolve().parent.parent  # the project checkout (editable install)
CLIENTS_FILE = ROOT / "clients.yaml"
SCENARIOS_FILE = ROOT / "scenarios.yaml"

M = TypeVar("M", bound=BaseModel)


def load_model(path: Path, model: type[M]) -> M:
    """Parse a YAML file with safe_load and validate it into `model`, or raise CatalogError."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        data = yaml.safe_load(text)
        tree = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path.name}:{mark.line + 1}" if mark else path.name
        problem = getattr(exc, "problem", None) or str(exc)
        raise CatalogError(f"{where}: not valid YAML: {problem}") from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise CatalogError(_describe(path, data, tree, exc)) from None


def _describe(path: Path, data: Any, tree: yaml.Node | None, exc: ValidationError) -> str:
    lines = []
    for err in exc.errors():
        loc = _without_tags(data, tuple(err["loc"]))
        line = _line_of(tree, loc)
        field = _readable(data, loc) or "(top level)"
        msg = err["msg"].removeprefix("Value error, ")
        lines.append(f"{path.name}:{line}: {field}: {msg}")
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

"""Telegram handlers: one module per feature, found at start-up.

Every public module in this package (a name not starting with "_") that defines
`register(application) -> None` is imported and registered, in the order of its
`PRIORITY` (an int, default 50; lower first, then by name). A module may also declare
`COMMANDS: list[BotCommand]` for the bot's command menu (English, the default menu) and
`COMMANDS_DE` for the menu German Telegram apps show (missing: the English one). Adding a
feature is adding a module: there is no list to edit.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable
from types import ModuleType

from telegram import BotCommand
from telegram.ext import Application

DEFAULT_PRIORITY = 50


def discover(package: ModuleType | None = None) -> list[ModuleType]:
    """The handler modules of `package` (default: this one), in registration order."""
    package = package or importlib.import_module(__name__)
    modules: list[ModuleType] = []
    for info in pkgutil.iter_modules(package.__path__, prefix=package.__name__ + "."):
        if info.name.rpartition(".")[2].startswith("_"):
            continue  # private helpers (handlers/_common.py), not features
        module = importlib.import_module(info.name)
        if callable(getattr(module, "register", None)):
            modules.append(module)
    return sorted(modules, key=lambda m: (getattr(m, "PRIORITY", DEFAULT_PRIORITY), m.__name__))


def register_all(application: Application, package: ModuleType | None = None) -> list[ModuleType]:
    """Registers every handler module with `application`; returns the modules."""
    modules = discover(package)
    for module in modules:
        module.register(application)
    return modules


MENU_LANGUAGES = ("en", "de")  # "en" is the default menu, set without a language_code


def bot_commands(modules: Iterable[ModuleType], lang: str = "en") -> list[BotCommand]:
    """The command menu in `lang`: each module's COMMANDS (or COMMANDS_DE ...), in
    registration order, first one wins."""
    seen: set[str] = set()
    commands: list[BotCommand] = []
    attribute = "COMMANDS" if lang == "en" else f"COMMANDS_{lang.upper()}"
    for module in modules:
        declared = getattr(module, attribute, None)
        if declared is None:
            declared = getattr(module, "COMMANDS", ())
        for command in declared:
            if command.command not in seen:
                seen.add(command.command)
                commands.append(command)
    return commands

"""Connection settings and a checked driver for the Neo4j backend.

Settings come from the environment::

    NEO4J_URI       bolt://127.0.0.1:7687   (tools/neo4j.sh start serves exactly this)
    NEO4J_USER      neo4j
    NEO4J_PASSWORD  unset = no authentication (the local server runs with auth off unless
                    NEO4J_PASSWORD was set when it was started)
    NEO4J_DATABASE  neo4j

``open_driver`` returns a driver that has already talked to the server; every failure becomes
``Neo4jUnavailable`` with a one-line message that never contains the password.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

import neo4j
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

__all__ = ["Neo4jSettings", "Neo4jUnavailable", "settings_from_env", "open_driver"]

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USER = "neo4j"
DEFAULT_DATABASE = "neo4j"
START_HINT = "tools/neo4j.sh start"


class Neo4jUnavailable(Exception):
    """Neo4j cannot be used: not reachable, credentials refused, bad settings."""


@dataclass(frozen=True)
class Neo4jSettings:
    uri: str = DEFAULT_URI
    user: str = DEFAULT_USER
    password: str | None = field(default=None, repr=False)  # never shown
    database: str = DEFAULT_DATABASE

    @property
    def auth(self) -> tuple[str, str] | None:
        return (self.user, self.password) if self.password else None


def settings_from_env(environ: dict[str, str] | None = None) -> Neo4jSettings:
    """Read NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE (empty values = defaults)."""
    env = os.environ if environ is None else environ

    def get(name: str, default: str | None) -> str | None:
        value = (env.get(name) or "").strip()
        return value or default

    return Neo4jSettings(
        uri=get("NEO4J_URI", DEFAULT_URI),
        user=get("NEO4J_USER", DEFAULT_USER),
        password=env.get("NEO4J_PASSWORD") or None,
        database=get("NEO4J_DATABASE", DEFAULT_DATABASE),
    )


# "bolt://user:secret@host": credentials written into the URI are never repeated back.
_URI_USERINFO = re.compile(r"(?<=://)[^/@\s]+@")


def _redact(text: str, settings: Neo4jSettings) -> str:
    text = _URI_USERINFO.sub("***@", text)
    return text.replace(settings.password, "***") if settings.password else text


def _one_line(text: object, settings: Neo4jSettings, limit: int = 200) -> str:
    line = " ".join(str(text).split())
    if settings.password:
        line = line.replace(settings.password, "***")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def open_driver(settings: Neo4jSettings | None = None, *, connection_timeout: float = 10.0) -> neo4j.Driver:
    """A connected ``neo4j.Driver`` for ``settings`` (default: from the environment).

    Raises ``Neo4jUnavailable`` (one line, no password, no traceback chain) when the server is
    not reachable, refuses the credentials, lacks the database, or the settings are invalid.
    The caller closes the driver (``with open_driver() as driver: ...``).
    """
    s = settings or settings_from_env()
    try:
        driver = neo4j.GraphDatabase.driver(s.uri, auth=s.auth, connection_timeout=connection_timeout)
    except (DriverError, ValueError, TypeError) as exc:
        raise Neo4jUnavailable(_redact(f"invalid Neo4j URI {s.uri!r}: {_one_line(exc, s)}", s)) from None

    message: str | None = None
    try:
        driver.verify_connectivity()
        # verify_connectivity does not look at the database; a round trip on it does.
        driver.execute_query("RETURN 1", database_=s.database)
    except AuthError:
        message = f"Neo4j refused the credentials for user {s.user!r} at {s.uri}"
        if not s.password:
            message += " (NEO4J_PASSWORD is not set)"
    except ServiceUnavailable:
        message = f"Neo4j is not reachable at {s.uri} (is the server running? {START_HINT})"
    except Neo4jError as exc:
        if (exc.code or "").endswith("DatabaseNotFound"):
            message = f"Neo4j at {s.uri} has no database {s.database!r} (check NEO4J_DATABASE)"
        else:
            message = f"Neo4j at {s.uri} failed: {_one_line(exc.message or exc, s)}"
    except (DriverError, OSError, ValueError) as exc:
        message = f"Neo4j at {s.uri} cannot be used: {type(exc).__name__}: {_one_line(exc, s)}"
    if message is not None:
        driver.close()
        raise Neo4jUnavailable(_redact(message, s)) from None
    return driver

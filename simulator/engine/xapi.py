"""Sessions as xAPI 1.0.3 statements, for an organisation's learning record store (LRS).

Per session one `completed` statement with the result (success = an owned yes, the final trust as the scaled score,
the time taken, completion), and per turn one `responded` statement with the move kind, the meters and the need
uncovered as result extensions. Statement ids are UUIDs derived from the session id, so exporting a session twice
gives the same statements (an LRS then keeps one copy); `context.registration` ties a session's statements
together. The verbs and extensions are documented in docs/xapi.md.

Posting uses the standard library only: `POST {lrs}/statements` in batches, with Basic auth and the
`X-Experience-API-Version` header. A refusing or unreachable LRS raises `LrsError`, which says how much was sent.
"""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.request
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from .session import Session, Turn

XAPI_VERSION = "1.0.3"
NAMESPACE = "https://sales-resistance-simulator.invalid/xapi/"
"""The default root of this program's IRIs (`.invalid`: they name, they do not resolve); see docs/xapi.md."""

VERB_COMPLETED = {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": "completed"}}
VERB_RESPONDED = {"id": "http://adlnet.gov/expapi/verbs/responded", "display": {"en-US": "responded"}}
SIMULATION = "http://adlnet.gov/expapi/activities/simulation"
INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
BATCH_SIZE = 50
LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}


class LrsError(Exception):
    """The LRS could not be reached or refused statements; the message says how many were sent before."""


def iso_duration(milliseconds: int) -> str:
    """An ISO 8601 duration such as `PT2M5.25S`."""
    seconds_total = max(0, milliseconds) / 1000
    hours, rest = divmod(seconds_total, 3600)
    minutes, seconds = divmod(rest, 60)
    text = "PT"
    if hours:
        text += f"{int(hours)}H"
    if minutes:
        text += f"{int(minutes)}M"
    if seconds or text == "PT":
        text += f"{seconds:.2f}".rstrip("0").rstrip(".") + "S"
    return text


def actor_for(
    session: Session, *, name: str | None = None, mbox: str | None = None, namespace: str = NAMESPACE
) -> dict[str, Any]:
    """The learner as an xAPI Agent with exactly one identifier: the mailbox when given, otherwise an account on
    this program named after the player (or, without a name, the session)."""
    actor: dict[str, Any] = {"objectType": "Agent"}
    shown = name or session.player
    if shown:
        actor["name"] = shown
    if mbox:
        if not mbox.startswith("mailto:") or "@" not in mbox:
            raise ValueError(f"'{mbox}' is not a mailbox IRI (write it as mailto:name@example.org)")
        actor["mbox"] = mbox
    else:
        actor["account"] = {"homePage": namespace.rstrip("/"), "name": session.player or f"session-{session.id}"}
    return actor


def registration_for(session: Session) -> str:
    """The UUID that ties one session's statements together."""
    try:
        return str(uuid.UUID(session.id))
    except ValueError:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{NAMESPACE}sessions/{session.id}"))


def statements_for(
    session: Session, *, name: str | None = None, mbox: str | None = None, namespace: str = NAMESPACE
) -> list[dict[str, Any]]:
    """Every statement of one session: the turns in order, then the session's result."""
    namespace = namespace if namespace.endswith("/") else namespace + "/"
    actor = actor_for(session, name=name, mbox=mbox, namespace=namespace)
    registration = registration_for(session)
    scenario_iri = f"{namespace}scenarios/{session.scenario.id}"
    started = _start_time(session)
    context = {
        "registration": registration,
        "language": LANGUAGE_TAGS.get(session.language, session.language),
        "platform": "sales-resistance-simulator",
        "extensions": {f"{namespace}ext/feedback-mode": session.mode, f"{namespace}ext/seed": session.seed},
    }
    statements = []
    elapsed = 0
    for turn in session.turns:
        elapsed += turn.response_ms
        statements.append(_turn_statement(session, turn, actor, context, scenario_iri, namespace, started, elapsed))
    title = {LANGUAGE_TAGS.get(lang, lang): text for lang, text in session.scenario.title.items()}
    result: dict[str, Any] = {
        "completion": session.finished,
        "success": session.outcome == "committed",
        "score": {"scaled": round(session.trust / 100, 4), "raw": session.trust, "min": 0, "max": 100},
        "duration": iso_duration(elapsed),
        "extensions": {
            f"{namespace}ext/outcome": session.outcome or "unfinished",
            f"{namespace}ext/needs-uncovered": list(session.needs_uncovered),
            f"{namespace}ext/final-tension": session.tension,
        },
    }
    statements.append(
        {
            "id": str(uuid.uuid5(uuid.UUID(registration), "session")),
            "actor": actor,
            "verb": VERB_COMPLETED,
            "object": {
                "objectType": "Activity",
                "id": scenario_iri,
                "definition": {"name": title, "type": SIMULATION},
            },
            "result": result,
            "context": context,
            "timestamp": _timestamp(started, elapsed),
        }
    )
    return statements


def _turn_statement(
    session: Session,
    turn: Turn,
    actor: dict[str, Any],
    context: dict[str, Any],
    scenario_iri: str,
    namespace: str,
    started: datetime,
    elapsed: int,
) -> dict[str, Any]:
    tag = LANGUAGE_TAGS.get(session.language, session.language)
    choices = [{"id": option_id, "description": {tag: _option_text(session, option_id)}} for option_id in turn.offered]
    extensions = {
        f"{namespace}ext/move": str(turn.move),
        f"{namespace}ext/family": str(turn.family),
        f"{namespace}ext/trust-before": turn.trust_before,
        f"{namespace}ext/trust-after": turn.trust_after,
        f"{namespace}ext/tension-before": turn.tension_before,
        f"{namespace}ext/tension-after": turn.tension_after,
        f"{namespace}ext/state-after": str(turn.state_after),
        f"{namespace}ext/need-uncovered": turn.uncovered,
    }
    if turn.typed is not None:  # a typed answer: the words and how sure the understanding was
        extensions[f"{namespace}ext/typed-text"] = turn.typed.text
        extensions[f"{namespace}ext/typed-confidence"] = turn.typed.confidence
        extensions[f"{namespace}ext/typed-generic"] = turn.typed.generic
    return {
        "id": str(uuid.uuid5(uuid.UUID(context["registration"]), f"turn-{turn.index}")),
        "actor": actor,
        "verb": VERB_RESPONDED,
        "object": {
            "objectType": "Activity",
            "id": f"{scenario_iri}/beats/{turn.beat}",
            "definition": {
                "name": {tag: turn.customer_line.get(session.language) or next(iter(turn.customer_line.values()))},
                "type": INTERACTION,
                "interactionType": "choice",
                "choices": choices,
            },
        },
        "result": {
            "response": turn.option,
            "duration": iso_duration(turn.response_ms),
            "extensions": extensions,
        },
        "context": {**context, "contextActivities": {"parent": [{"objectType": "Activity", "id": scenario_iri}]}},
        "timestamp": _timestamp(started, elapsed),
    }


def _option_text(session: Session, option_id: str) -> str:
    for beat in session.scenario.beats:
        for option in beat.options:
            if option.id == option_id:
                return option.text.get(session.language) or next(iter(option.text.values()))
    return option_id


def _start_time(session: Session) -> datetime:
    try:
        return datetime.fromisoformat(session.started_at)
    except ValueError:
        return datetime.fromisoformat("1970-01-01T00:00:00+00:00")


def _timestamp(started: datetime, elapsed_ms: int) -> str:
    return (started + timedelta(milliseconds=elapsed_ms)).isoformat(timespec="milliseconds")


def post_statements(
    lrs: str,
    statements: Sequence[dict[str, Any]],
    *,
    auth: str | None,
    batch_size: int = BATCH_SIZE,
    timeout: float = 20.0,
) -> int:
    """POST `statements` to `{lrs}/statements` in batches; return how many batches were sent. Raises `LrsError`
    naming how many statements the LRS took before it refused or could not be reached."""
    url = lrs.rstrip("/") + "/statements"
    if not url.startswith(("http://", "https://")):
        raise LrsError(f"'{lrs}' is not an http(s) address of an LRS")
    headers = {"Content-Type": "application/json", "X-Experience-API-Version": XAPI_VERSION}
    if auth:
        headers["Authorization"] = "Basic " + base64.b64encode(auth.encode("utf-8")).decode("ascii")
    batches = [statements[i : i + batch_size] for i in range(0, len(statements), batch_size)]
    for number, batch in enumerate(batches):
        sent = number * batch_size
        body = json.dumps(list(batch), ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as error:
            raise LrsError(
                f"the LRS at {url} refused batch {number + 1} of {len(batches)}: HTTP {error.code} {error.reason}; "
                f"{sent} of {len(statements)} statements were sent before"
            ) from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise LrsError(
                f"cannot reach the LRS at {url}: {reason}; {sent} of {len(statements)} statements were sent before"
            ) from None
    return len(batches)

"""The review app: server-rendered pages (Jinja2, htmx) and a JSON API on the same store.

``create_app(store, options)`` builds the FastAPI application; ``forcewatch serve`` runs it with
uvicorn. Pages and API share one set of functions for reading (``forcewatch.store.query``) and for
changing (``forcewatch.review``, which validates every value), and one place that decides
who may do what (:mod:`forcewatch.web.security`).
"""

from __future__ import annotations

import functools
import tempfile
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, ParamSpec, TypeVar
from urllib.parse import urlencode

import anyio.to_thread
import pycountry
from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, MutableHeaders
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from forcewatch import __version__, indicators, records, review
from forcewatch.errors import AuthError, ForcewatchError, NotFound, StaleEdit, UsageError
from forcewatch.export import country_name, export
from forcewatch.records import ALLEGATION_KINDS, FORCE_KINDS, OPERATION_KINDS
from forcewatch.store import Store, query
from forcewatch.store.site import (
    change_site_settings,
    setting_history,
    site_defaults,
    site_settings,
)
from forcewatch.store.users import authenticate, create_session, end_session
from forcewatch.store.validate import COUNTS, DATE_PRECISIONS, STATUSES
from forcewatch.web import security
from forcewatch.web.highlight import mention_spans, segments
from forcewatch.web.rows import incident_rows
from forcewatch.web.security import Denied, Visitor

HERE = Path(__file__).parent
PAGE_SIZE = 50
SITE_TTL = 1.0
"""Seconds a server process keeps the site settings it read before reading them again."""
MAX_ID = 2_147_483_647
Id = Annotated[int, PathParam(ge=1, le=MAX_ID)]
BodyId = Annotated[int, Field(ge=1, le=MAX_ID)]
P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True)
class WebOptions:
    public: bool = False
    """Anonymous visitors read verified incidents (and nothing else) without logging in."""
    secure_cookies: bool = False
    """Mark cookies Secure on every request (they are on https requests anyway)."""
    limiter: security.LoginLimiter | None = None
    threads: int = 8
    """Threads per process for the database work of requests."""
    inline: bool | None = None
    """Look up who is asking (the session, one row by its key) on the event loop instead of in
    the thread pool; by default on SQLite, where it is a local call of a tenth of a
    millisecond, and not on PostgreSQL, whose round trip would hold the loop."""


# ---- request bodies of the API ----------------------------------------------------------------


class StatusBody(BaseModel):
    status: Literal["unreviewed", "verified", "rejected"]
    why: str = Field("", max_length=2000)
    version: int | None = Field(None, description="The version you read; a newer one is a 409.")


class EditBody(BaseModel):
    changes: dict[str, Any] = Field(description="field -> value, e.g. {'killed_best': 8}")
    why: str = Field(min_length=1, max_length=2000, description="Why: kept in the audit log.")
    version: int | None = Field(None, description="The version you read; a newer one is a 409.")


class JoinBody(BaseModel):
    ids: list[BodyId] = Field(
        min_length=1, max_length=100, description="Incidents to join into this."
    )
    why: str = Field("", max_length=2000)


class SplitBody(BaseModel):
    mentions: list[BodyId] = Field(min_length=1, max_length=1000)
    why: str = Field("", max_length=2000)


class RelevantBody(BaseModel):
    why: str = Field("", max_length=2000)


class SettingsBody(BaseModel):
    changes: dict[str, Any] = Field(
        description="setting -> value, e.g. {'public': false, 'site_name': 'Monitor'}"
    )
    why: str = Field(min_length=1, max_length=2000, description="Why: kept in the audit log.")


class _Site:
    """The site settings in force, as this process last read them from the database (at most
    ``SITE_TTL`` seconds ago): a change made through another process shows within that time,
    one made through this process at once."""

    def __init__(self, store: Store, defaults: dict[str, Any]) -> None:
        self.store, self.defaults = store, defaults
        self.values = dict(defaults)
        self._read_at = float("-inf")

    def refresh(self) -> None:
        now = time.monotonic()
        if now - self._read_at >= SITE_TTL:
            self.values = site_settings(self.store, self.defaults)
            self._read_at = now

    def forget(self) -> None:
        self._read_at = float("-inf")


# ---- the application --------------------------------------------------------------------------


def create_app(store: Store, options: WebOptions | None = None) -> FastAPI:
    options = options or WebOptions()
    limiter = options.limiter or security.LoginLimiter(store)
    inline = store.dialect == "sqlite" if options.inline is None else options.inline
    site = _Site(store, site_defaults(public=options.public))

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # Few threads for the database work: with many, they mostly fight over the GIL.
        anyio.to_thread.current_default_thread_limiter().total_tokens = options.threads
        yield

    app = FastAPI(
        lifespan=lifespan,
        title="forcewatch",
        version=__version__,
        description="Incidents of lethal and injurious force by state agents, with their sources. "
        "Authenticate with `Authorization: Bearer <token>` (`forcewatch user token NAME`).",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=True,
        auto_reload=False,  # templates ship with the package: no stat() per page
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        FORCE_KINDS=FORCE_KINDS,
        ALLEGATION_KINDS=ALLEGATION_KINDS,
        OPERATION_KINDS=OPERATION_KINDS,
        STATUSES=STATUSES,
        DATE_PRECISIONS=DATE_PRECISIONS,
        COUNTS=COUNTS,
        country_name=country_name,
        version=__version__,
    )
    env.filters["count"] = _count
    env.globals["incident_rows"] = incident_rows
    env.globals["count"] = _count
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    # ---- who is asking ------------------------------------------------------------------------

    async def guard(scope: Scope, receive: Receive, send: Send) -> None:
        """Who is asking (a session or a token), and the security headers on every answer; a
        plain ASGI wrapper, cheaper than Starlette's BaseHTTPMiddleware."""
        if scope["type"] != "http":
            await inner(scope, receive, send)
            return
        request = Request(scope)

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                security.security_headers(MutableHeaders(scope=message), request)
            await send(message)

        def identify() -> Visitor:
            site.refresh()
            return security.identify(store, request)

        try:
            # In the pool, the request would hand the GIL to a worker thread and back once
            # more before its page's own hop.
            scope.setdefault("state", {})["visitor"] = (
                identify() if inline else await run_in_threadpool(identify)
            )
        except Denied as exc:
            await _denied(request, exc)(scope, receive, send_secured)
            return
        await inner(scope, receive, send_secured)

    def visitor(request: Request) -> Visitor:
        return request.state.visitor  # type: ignore[no-any-return]

    def hot(handler: Callable[P, R]) -> Callable[P, Awaitable[R]]:
        """A page read many times a second, run on the event loop when the database is local
        (``inline``): FastAPI would hand a plain function to the thread pool and back, a
        quarter of a millisecond a request, for work that holds the GIL either way. FastAPI
        reads the parameters from the handler's signature (``functools.wraps``)."""

        @functools.wraps(handler)
        async def run(*args: P.args, **kwargs: P.kwargs) -> R:
            if inline:
                return handler(*args, **kwargs)
            return await run_in_threadpool(handler, *args, **kwargs)

        return run

    # Dependencies are coroutines: FastAPI would run plain functions in the thread pool, one
    # hop each, for what is only a look at request.state.
    async def reading(request: Request) -> Visitor:
        return reader(request)

    async def membership(request: Request) -> Visitor:
        return member(request)

    async def administering(request: Request) -> Visitor:
        return admin(request)

    def reader(request: Request) -> Visitor:
        """Anyone logged in; anonymous visitors only in public mode (verified incidents)."""
        who = visitor(request)
        if who.user is None and not site.values["public"]:
            raise Denied(401, "log in to see this")
        return who

    def member(request: Request) -> Visitor:
        """A logged-in user of any role (reports, history, queue, rejections)."""
        who = visitor(request)
        if who.user is None:
            raise Denied(401, "log in to see this")
        return who

    def analyst(request: Request) -> Visitor:
        who = member(request)
        if not who.can("analyst"):
            raise Denied(
                403,
                f"{who.name} is a {who.user.role if who.user else ''}: only analysts and admins change incidents",
            )
        return who

    def admin(request: Request) -> Visitor:
        who = member(request)
        if not who.can("admin"):
            raise Denied(403, "only admins manage users and settings")
        return who

    async def form_of(request: Request, who: Visitor) -> FormData:
        form = await request.form()
        security.check_csrf(who, request, _field(form, "csrf"))
        return form

    def _denied(request: Request, exc: Denied) -> Response:
        if _wants_json(request):
            headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
            return JSONResponse({"error": exc.message}, exc.status, headers=headers)
        if exc.status == 401:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse("/login?" + urlencode({"next": target}), 303)
        response = page(request, "error.html", {"message": exc.message}, status=exc.status)
        if exc.retry_after:
            response.headers["Retry-After"] = str(exc.retry_after)
        return response

    @app.exception_handler(Denied)
    async def on_denied(request: Request, exc: Denied) -> Response:
        return _denied(request, exc)

    @app.exception_handler(ForcewatchError)
    async def on_error(request: Request, exc: ForcewatchError) -> Response:
        status = 400
        if isinstance(exc, NotFound):
            status = 404
        elif isinstance(exc, StaleEdit):
            status = 409
        elif isinstance(exc, AuthError):
            status = 401
        elif not isinstance(exc, UsageError):
            status = 500
        if _wants_json(request):
            return JSONResponse({"error": exc.message, "code": exc.code}, status)
        return page(request, "error.html", {"message": exc.message}, status=status)

    def page(
        request: Request, name: str, context: dict[str, Any], *, status: int = 200
    ) -> HTMLResponse:
        who: Visitor = getattr(request.state, "visitor", security.ANONYMOUS)
        html = env.get_template(name).render(
            request=request,
            visitor=who,
            csrf=who.csrf or "",
            public=site.values["public"],
            site_name=site.values["site_name"],
            **context,
        )
        return HTMLResponse(html, status)

    def scoped(raw: dict[str, Any], who: Visitor, **extra: Any) -> query.IncidentFilter:
        """The filter the visitor asked for; anonymous visitors only ever see verified ones."""
        if who.user is None:
            raw = {**raw, "status": "verified"}
        return query.IncidentFilter.parse(**{**raw, **extra})

    def visible(incident_id: Id, who: Visitor) -> records.Incident:
        incident = query.get_incident(store, incident_id)
        if who.user is None and incident.status != "verified":
            raise NotFound(f"no incident {incident_id}")
        return incident

    # ---- login --------------------------------------------------------------------------------

    @app.get("/login", include_in_schema=False)
    def login_page(request: Request, next: str = "/") -> Response:
        token = request.cookies.get(security.LOGIN_CSRF_COOKIE) or security.new_token()
        response = page(request, "login.html", {"login_csrf": token, "next": _local(next)})
        security.set_cookie(
            response, request, security.LOGIN_CSRF_COOKIE, token, always=options.secure_cookies
        )
        return response

    @app.post("/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        form = await request.form()
        security.check_login_csrf(request, _field(form, "csrf"))
        name, password = _field(form, "name") or "", _field(form, "password") or ""
        keys = (f"ip:{request.client.host if request.client else '?'}", f"user:{name[:100]}")
        await run_in_threadpool(limiter.check, *keys)
        try:
            user = await run_in_threadpool(authenticate, store, name, password)
        except AuthError as exc:
            await run_in_threadpool(limiter.failed, *keys)
            token = request.cookies.get(security.LOGIN_CSRF_COOKIE, "")
            context = {
                "login_csrf": token,
                "next": _local(_field(form, "next")),
                "error": exc.message,
            }
            return page(request, "login.html", context, status=401)
        await run_in_threadpool(limiter.succeeded, *keys)
        token, _ = await run_in_threadpool(create_session, store, user)
        response = RedirectResponse(_local(_field(form, "next")), 303)
        security.set_cookie(
            response, request, security.SESSION_COOKIE, token, always=options.secure_cookies
        )
        return response

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        who = member(request)
        await form_of(request, who)
        cookie = request.cookies.get(security.SESSION_COOKIE)
        if cookie:
            await run_in_threadpool(end_session, store, cookie)
        response = RedirectResponse("/login", 303)
        response.delete_cookie(security.SESSION_COOKIE, path="/")
        return response

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    # ---- pages --------------------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def home() -> Response:
        return RedirectResponse("/incidents", 303)

    @app.get("/incidents", include_in_schema=False)
    @hot
    def incidents_page(
        request: Request,
        raw: dict[str, Any] = Depends(filter_params),
        page_no: int = Query(1, alias="page", ge=1, le=100_000),
        who: Visitor = Depends(reading),
    ) -> Response:
        try:
            filt = scoped(raw, who, limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE)
        except UsageError as exc:
            return page(
                request, "incidents.html", _list_context(raw, [], 0, 1, exc.message), status=400
            )
        rows, total = query.find_page(store, filt)
        return page(request, "incidents.html", _list_context(raw, rows, total, page_no, None))

    @app.get("/queue", include_in_schema=False)
    @hot
    def queue_page(request: Request, who: Visitor = Depends(membership)) -> Response:
        filt = query.IncidentFilter(status="unreviewed", sort="-killed", limit=PAGE_SIZE)
        rows, total = query.find_page(store, filt)
        return page(request, "queue.html", {"rows": rows, "total": total})

    @app.get("/incidents/{incident_id}", include_in_schema=False)
    @hot
    def incident_page(
        request: Request, incident_id: Id, who: Visitor = Depends(reading)
    ) -> Response:
        return page(request, "incident.html", _incident_context(incident_id, who))

    @app.post("/incidents/{incident_id}/status", include_in_schema=False)
    async def status_form(request: Request, incident_id: Id) -> Response:
        who = analyst(request)
        form = await form_of(request, who)
        status = _field(form, "status") or ""
        version = _int(_field(form, "version"))
        await run_in_threadpool(
            lambda: review.set_status(
                store,
                incident_id,
                status,
                who=who.name,
                why=_field(form, "why") or "",
                version=version,
            )
        )
        if request.headers.get("hx-request"):
            listed = await run_in_threadpool(query.get_incident, store, incident_id)
            return page(request, "_queue_done.html", {"incident": listed})
        return RedirectResponse(f"/incidents/{incident_id}#review", 303)

    @app.post("/incidents/{incident_id}/edit", include_in_schema=False)
    async def edit_form(request: Request, incident_id: Id) -> Response:
        who = analyst(request)
        form = await form_of(request, who)
        why = (_field(form, "why") or "").strip()
        current = await run_in_threadpool(query.get_incident, store, incident_id)
        changes = _touched(_form_changes(form), current)
        try:
            if not why:
                raise UsageError("say why you change it (the reason is kept in the history)")
            await run_in_threadpool(
                lambda: review.edit_many(
                    store,
                    incident_id,
                    changes,
                    who=who.name,
                    why=why,
                    version=_int(_field(form, "version")),
                    only_changed=True,
                )
            )
        except (UsageError, StaleEdit) as exc:
            context = _incident_context(incident_id, who)
            context.update(edit_error=exc.message, submitted=changes, why=why)
            return page(
                request, "incident.html", context, status=409 if isinstance(exc, StaleEdit) else 400
            )
        return RedirectResponse(f"/incidents/{incident_id}#history", 303)

    @app.post("/incidents/{incident_id}/join", include_in_schema=False)
    async def join_form(request: Request, incident_id: Id) -> Response:
        who = analyst(request)
        form = await form_of(request, who)
        others = [_int(v) for v in (_field(form, "others") or "").replace(",", " ").split()]
        if not others or None in others:
            raise UsageError("give the ids of the incidents to join into this one, e.g. 12 15")
        ids = [o for o in others if o is not None]
        await run_in_threadpool(
            lambda: review.join(
                store, incident_id, ids, who=who.name, why=_field(form, "why") or ""
            )
        )
        return RedirectResponse(f"/incidents/{incident_id}", 303)

    @app.post("/incidents/{incident_id}/split", include_in_schema=False)
    async def split_form(request: Request, incident_id: Id) -> Response:
        who = analyst(request)
        form = await form_of(request, who)
        mentions = [
            m for v in form.getlist("mention") if isinstance(v, str) and (m := _int(v)) is not None
        ]
        new = await run_in_threadpool(
            lambda: review.split(
                store, incident_id, mentions, who=who.name, why=_field(form, "why") or ""
            )
        )
        return RedirectResponse(f"/incidents/{new}", 303)

    @app.get("/documents/{document_id}", include_in_schema=False)
    def document_page(
        request: Request, document_id: Id, who: Visitor = Depends(reading)
    ) -> Response:
        return page(request, "document.html", _document_context(document_id, who))

    @app.get("/documents/{document_id}/raw", include_in_schema=False)
    def raw_page(request: Request, document_id: Id, who: Visitor = Depends(membership)) -> Response:
        view = query.get_document(store, document_id)
        data = store.raw_bytes(view.raw_page_id)
        shown = data[:2_000_000].decode("utf-8", errors="replace")
        context = {
            "doc": view.summary,
            "raw": shown,
            "size": len(data),
            "cut": len(data) > 2_000_000,
        }
        return page(request, "raw.html", context)

    @app.get("/irrelevant", include_in_schema=False)
    def irrelevant_page(
        request: Request,
        page_no: int = Query(1, alias="page", ge=1, le=100_000),
        who: Visitor = Depends(membership),
    ) -> Response:
        docs = query.irrelevant_documents(store, limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE)
        total = query.count_irrelevant(store)
        return page(
            request,
            "irrelevant.html",
            {"docs": docs, "total": total, "page_no": page_no, "pages": _pages(total)},
        )

    @app.post("/documents/{document_id}/relevant", include_in_schema=False)
    async def relevant_form(request: Request, document_id: Id) -> Response:
        who = analyst(request)
        form = await form_of(request, who)
        new = await run_in_threadpool(
            lambda: review.mark_relevant(
                store, document_id, who=who.name, why=_field(form, "why") or ""
            )
        )
        return RedirectResponse(f"/incidents/{new}", 303)

    @app.get("/aggregates", include_in_schema=False)
    def aggregates_page(request: Request, who: Visitor = Depends(membership)) -> Response:
        return page(request, "aggregates.html", {"rows": query.aggregate_mentions(store)})

    @app.get("/rejections", include_in_schema=False)
    def rejections_page(request: Request, who: Visitor = Depends(membership)) -> Response:
        return page(request, "rejections.html", {"rows": store.rejections()[-500:][::-1]})

    @app.get("/map", include_in_schema=False)
    def map_page(
        request: Request,
        raw: dict[str, Any] = Depends(filter_params),
        who: Visitor = Depends(reading),
    ) -> Response:
        scoped(raw, who)  # a bad filter is a 400 here already
        return page(request, "map.html", {"raw": raw, "query": _query(raw)})

    @app.get("/dashboard", include_in_schema=False)
    def dashboard_page(
        request: Request,
        raw: dict[str, Any] = Depends(filter_params),
        who: Visitor = Depends(reading),
    ) -> Response:
        filt = scoped(raw, who)
        return page(
            request, "dashboard.html", {"raw": raw, "query": _query(raw), **_dashboard(filt)}
        )

    @app.get("/export", include_in_schema=False)
    def export_page(
        raw: dict[str, Any] = Depends(filter_params),
        format: Literal["csv", "jsonl", "geojson"] = "csv",
        who: Visitor = Depends(reading),
    ) -> Response:
        return _export(scoped(raw, who), format)

    @app.get("/users", include_in_schema=False)
    def users_page(request: Request, who: Visitor = Depends(administering)) -> Response:
        from forcewatch.store.users import list_users

        return page(request, "users.html", {"users": list_users(store)})

    @app.post("/users", include_in_schema=False)
    async def users_form(request: Request) -> Response:
        from forcewatch.store.users import add_user

        who = admin(request)
        form = await form_of(request, who)
        await run_in_threadpool(
            add_user,
            store,
            _field(form, "name") or "",
            _field(form, "password") or "",
            _field(form, "role") or "",
        )
        return RedirectResponse("/users", 303)

    @app.get("/settings", include_in_schema=False)
    def settings_page(request: Request, who: Visitor = Depends(administering)) -> Response:
        return page(request, "settings.html", _settings_context())

    @app.post("/settings", include_in_schema=False)
    async def settings_form(request: Request) -> Response:
        who = admin(request)
        form = await form_of(request, who)
        changes: dict[str, Any] = {"site_name": _field(form, "site_name") or ""}
        if _field(form, "present") == "public":  # an unticked box sends nothing
            changes["public"] = _field(form, "public") == "on"
        why = _field(form, "why") or ""
        try:
            await run_in_threadpool(
                lambda: change_site_settings(
                    store, changes, who=who.name, why=why, defaults=site.defaults
                )
            )
        except UsageError as exc:
            context = _settings_context()
            context.update(error=exc.message, why=why)
            context["values"] = {**context["values"], **changes}
            return page(request, "settings.html", context, status=400)
        site.forget()
        return RedirectResponse("/settings#history", 303)

    def _settings_context() -> dict[str, Any]:
        site.forget()
        site.refresh()
        return {
            "values": site.values,
            "history": setting_history(store),
            "error": None,
            "why": "",
        }

    # ---- JSON API -----------------------------------------------------------------------------

    @app.get(
        "/api/incidents",
        tags=["incidents"],
        summary="Incidents matching the filters (without people, provenance, conflicts, notes: "
        "GET the incident for those)",
    )
    @hot
    def api_incidents(
        raw: dict[str, Any] = Depends(filter_params),
        limit: int = Query(PAGE_SIZE, ge=1, le=1000),
        offset: int = Query(0, ge=0, le=10_000_000),
        who: Visitor = Depends(reading),
    ) -> dict[str, Any]:
        rows, total = query.find_page(store, scoped(raw, who, limit=limit, offset=offset))
        return {
            "total": total,
            "offset": offset,
            "limit": limit,
            "items": [
                {
                    **r.incident.model_dump(mode="json", exclude=query.LISTED_OUT),
                    "n_sources": r.n_sources,
                    "version": r.version,
                }
                for r in rows
            ],
        }

    @app.get(
        "/api/incidents/{incident_id}",
        tags=["incidents"],
        summary="One incident with its sources, links and history",
    )
    @hot
    def api_incident(incident_id: Id, who: Visitor = Depends(reading)) -> dict[str, Any]:
        incident = visible(incident_id, who)
        payload: dict[str, Any] = incident.model_dump(mode="json")
        payload["version"] = query.incident_version(store, incident_id)
        payload["links"] = [link.__dict__ for link in query.incident_links(store, incident_id)]
        if who.user is not None:
            payload["history"] = [_edit_json(e) for e in review.history(store, incident_id)]
        return payload

    @app.get(
        "/api/incidents/{incident_id}/history",
        tags=["review"],
        summary="The audit log of an incident",
    )
    def api_history(incident_id: Id, who: Visitor = Depends(membership)) -> list[dict[str, Any]]:
        query.get_incident(store, incident_id)
        return [_edit_json(e) for e in review.history(store, incident_id)]

    @app.post(
        "/api/incidents/{incident_id}/status",
        tags=["review"],
        summary="Verify, reject or reopen an incident",
    )
    def api_status(incident_id: Id, body: StatusBody, request: Request) -> dict[str, Any]:
        who = _api_writer(request)
        version = review.set_status(
            store, incident_id, body.status, who=who.name, why=body.why, version=body.version
        )
        return {"id": incident_id, "status": body.status, "version": version}

    @app.patch(
        "/api/incidents/{incident_id}",
        tags=["review"],
        summary="Edit fields (validated; 400 with the reason when a value is wrong, 409 when stale)",
    )
    def api_edit(incident_id: Id, body: EditBody, request: Request) -> dict[str, Any]:
        who = _api_writer(request)
        version = review.edit_many(
            store, incident_id, body.changes, who=who.name, why=body.why, version=body.version
        )
        return {"id": incident_id, "version": version}

    @app.post(
        "/api/incidents/{incident_id}/join",
        tags=["review"],
        summary="Join other incidents into this one",
    )
    def api_join(incident_id: Id, body: JoinBody, request: Request) -> dict[str, Any]:
        who = _api_writer(request)
        review.join(store, incident_id, body.ids, who=who.name, why=body.why)
        return {"id": incident_id, "joined": body.ids}

    @app.post(
        "/api/incidents/{incident_id}/split",
        tags=["review"],
        summary="Move mentions into a new incident",
    )
    def api_split(incident_id: Id, body: SplitBody, request: Request) -> dict[str, Any]:
        who = _api_writer(request)
        new = review.split(store, incident_id, body.mentions, who=who.name, why=body.why)
        return {"id": incident_id, "new": new}

    @app.get(
        "/api/documents/{document_id}",
        tags=["documents"],
        summary="A report: cleaned text, relevance and mentions",
    )
    def api_document(document_id: Id, who: Visitor = Depends(reading)) -> dict[str, Any]:
        view = _readable_document(document_id, who)
        return {
            **view.summary.__dict__,
            "text": view.text,
            "duplicate_of": view.duplicate_of,
            "relevance": view.extraction.get("relevance"),
            "mentions": [{"id": m, "incident": i, **data} for m, i, data in view.mentions],
        }

    @app.post(
        "/api/documents/{document_id}/relevant",
        tags=["review"],
        summary="Send a report judged irrelevant back as relevant",
    )
    def api_relevant(document_id: Id, body: RelevantBody, request: Request) -> dict[str, Any]:
        who = _api_writer(request)
        return {
            "document": document_id,
            "incident": review.mark_relevant(store, document_id, who=who.name, why=body.why),
        }

    @app.get(
        "/api/irrelevant", tags=["documents"], summary="Reports judged irrelevant, with the reason"
    )
    def api_irrelevant(
        limit: int = Query(PAGE_SIZE, ge=1, le=1000),
        offset: int = Query(0, ge=0, le=10_000_000),
        who: Visitor = Depends(membership),
    ) -> dict[str, Any]:
        docs = query.irrelevant_documents(store, limit=limit, offset=offset)
        return {"total": query.count_irrelevant(store), "items": [d.__dict__ for d in docs]}

    @app.get("/api/queue", tags=["review"], summary="Unreviewed incidents, most killed first")
    def api_queue(
        limit: int = Query(PAGE_SIZE, ge=1, le=1000), who: Visitor = Depends(membership)
    ) -> dict[str, Any]:
        rows, total = query.find_page(
            store, query.IncidentFilter(status="unreviewed", sort="-killed", limit=limit)
        )
        return {
            "total": total,
            "items": [
                {
                    **r.incident.model_dump(mode="json", exclude=query.LISTED_OUT),
                    "version": r.version,
                }
                for r in rows
            ],
        }

    @app.get(
        "/api/aggregates",
        tags=["documents"],
        summary="Official totals over a period or an area, with their report",
    )
    def api_aggregates(who: Visitor = Depends(membership)) -> list[dict[str, Any]]:
        return [
            {"mention": m, "document": d.__dict__, **data}
            for m, d, data in query.aggregate_mentions(store)
        ]

    @app.get(
        "/api/rejections", tags=["documents"], summary="Reports that could not be used, and why"
    )
    def api_rejections(who: Visitor = Depends(membership)) -> list[dict[str, Any]]:
        return [
            {
                "id": r.id,
                "run": r.run_id,
                "item": r.item,
                "stage": r.stage,
                "code": r.code,
                "reason": r.reason,
            }
            for r in store.rejections()
        ]

    @app.get(
        "/api/indicators",
        tags=["indicators"],
        summary="The Monitor's indicators by place and period",
    )
    def api_indicators(
        raw: dict[str, Any] = Depends(filter_params),
        by: Literal["country", "admin1"] = "country",
        period: Literal["year", "month"] = "year",
        who: Visitor = Depends(reading),
    ) -> Response:
        rows = indicators.compute(
            query.iter_incidents(store, scoped(raw, who), sources=False), by=by, period=period
        )
        return Response(indicators.to_json(rows), media_type="application/json")

    @app.get(
        "/api/map",
        tags=["incidents"],
        summary="Located incidents as GeoJSON, and incidents per country",
    )
    def api_map(
        raw: dict[str, Any] = Depends(filter_params), who: Visitor = Depends(reading)
    ) -> dict[str, Any]:
        return _map(scoped(raw, who))

    @app.get(
        "/api/export",
        tags=["incidents"],
        summary="Export the filtered incidents (CSV, JSON Lines, GeoJSON)",
    )
    def api_export(
        raw: dict[str, Any] = Depends(filter_params),
        format: Literal["csv", "jsonl", "geojson"] = "csv",
        who: Visitor = Depends(reading),
    ) -> Response:
        return _export(scoped(raw, who), format)

    @app.get(
        "/api/settings",
        tags=["settings"],
        summary="The site settings in force and their latest changes (admins only)",
    )
    def api_settings(who: Visitor = Depends(administering)) -> dict[str, Any]:
        context = _settings_context()
        return {
            "settings": context["values"],
            "history": [
                {**change.__dict__, "at": change.at.isoformat()} for change in context["history"]
            ],
        }

    @app.patch(
        "/api/settings",
        tags=["settings"],
        summary="Change site settings (admins only; validated, 400 with the reason when wrong)",
    )
    def api_change_settings(body: SettingsBody, request: Request) -> dict[str, Any]:
        who = admin(request)
        security.check_csrf(who, request, None)
        changed = change_site_settings(
            store, body.changes, who=who.name, why=body.why, defaults=site.defaults
        )
        site.forget()
        site.refresh()
        return {"changed": changed, "settings": site.values}

    def _api_writer(request: Request) -> Visitor:
        who = analyst(request)
        security.check_csrf(who, request, None)
        return who

    # ---- page contexts ------------------------------------------------------------------------

    def _incident_context(incident_id: Id, who: Visitor) -> dict[str, Any]:
        view = query.incident_view(store, incident_id, history=who.user is not None)
        incident = view.incident
        if who.user is None and incident.status != "verified":
            raise NotFound(f"no incident {incident_id}")
        links = {link.mention_id: link for link in view.links}
        by_mention = {t.mention_id: t for t in view.texts}
        sources = []
        for source in incident.sources:
            text = by_mention.get(source.mention_id)
            sources.append(
                {
                    "source": source,
                    "link": links.get(source.mention_id),
                    "segments": segments(text.text, mention_spans(text.mention)) if text else None,
                }
            )
        return {
            "incident": incident,
            "version": view.version,
            "sources": sources,
            "history": view.history,
            "edit_error": None,
            "submitted": {},
            "why": "",
        }

    def _readable_document(document_id: Id, who: Visitor) -> query.DocumentView:
        if who.user is None and not query.verified_document(store, document_id):
            raise NotFound(f"no document {document_id}")
        return query.get_document(store, document_id)

    def _document_context(document_id: Id, who: Visitor) -> dict[str, Any]:
        view = _readable_document(document_id, who)
        spans = [s for _, _, data in view.mentions for s in mention_spans(data)]
        relevance = view.extraction.get("relevance") or {}
        spans += [
            (e["start"], e["end"], "relevance")
            for e in relevance.get("evidence") or []
            if isinstance(e, dict) and "start" in e
        ]
        return {"view": view, "segments": segments(view.text, spans), "relevance": relevance}

    def _dashboard(filt: query.IncidentFilter) -> dict[str, Any]:
        incidents = list(query.iter_incidents(store, filt, sources=False))
        monthly = indicators.compute(incidents, by="country", period="month")
        by_country = indicators.compute(incidents, by="country", period="year")
        by_admin1 = indicators.compute(incidents, by="admin1", period="year")
        series: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for row in monthly:
            if row.period != indicators.UNKNOWN:
                series[row.country][row.period] += row.civilians_killed
        periods = indicators.periods_between({p for s in series.values() for p in s})
        unknown_killed = [
            i.id
            for i in incidents
            if i.killed is None or (i.killed.best is None and i.killed.low is None)
        ]
        undated = [
            i.id for i in incidents if indicators.period_of(i, "month") == indicators.UNKNOWN
        ]
        chart = {
            "periods": periods,
            "series": [
                {"label": c, "data": [series[c].get(p, 0) for p in periods]} for c in sorted(series)
            ],
            "lethality": [
                {"label": f"{r.label} {r.period}", "value": r.lethality_index}
                for r in by_country
                if r.lethality_index is not None
            ][:40],
        }
        return {
            "n": len(incidents),
            "by_country": by_country,
            "by_admin1": by_admin1,
            "chart": chart,
            "unknown_killed": unknown_killed,
            "undated": undated,
        }

    def _map(filt: query.IncidentFilter) -> dict[str, Any]:
        features = []
        per_country: dict[str, int] = defaultdict(int)
        for incident in query.iter_incidents(store, filt, sources=False):
            if incident.country:
                numeric = _numeric(incident.country)
                if numeric:
                    per_country[numeric] += 1
            if incident.lat is None or incident.lon is None:
                continue
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [incident.lon, incident.lat]},
                    "properties": {
                        "id": incident.id,
                        "date": incident.date,
                        "place": incident.place or incident.city or incident.admin1_name,
                        "killed": _count(incident.killed),
                        "status": incident.status,
                    },
                }
            )
            if len(features) >= 20_000:
                break
        return {"type": "FeatureCollection", "features": features, "per_country": per_country}

    def _export(filt: query.IncidentFilter, fmt: str) -> Response:
        spool = tempfile.SpooledTemporaryFile(max_size=32 * 1024 * 1024)  # noqa: SIM115
        export(query.iter_incidents(store, filt), fmt, spool)  # type: ignore[arg-type]
        spool.seek(0)

        def chunks() -> Iterator[bytes]:
            with spool:
                while block := spool.read(65536):
                    yield block

        media = {
            "csv": "text/csv; charset=utf-8",
            "jsonl": "application/x-ndjson",
            "geojson": "application/geo+json",
        }
        return StreamingResponse(
            chunks(),
            media_type=media[fmt],
            headers={"Content-Disposition": f'attachment; filename="incidents.{fmt}"'},
        )

    inner = app.build_middleware_stack()
    app.middleware_stack = guard
    return app


# ---- helpers ----------------------------------------------------------------------------------


async def filter_params(
    country: str | None = Query(None, max_length=100, description="ISO alpha-2, alpha-3 or name"),
    admin1: str | None = Query(None, max_length=20, description="ISO 3166-2, e.g. VE-M"),
    date_from: str | None = Query(None, alias="from", max_length=10, description="YYYY[-MM[-DD]]"),
    date_to: str | None = Query(None, alias="to", max_length=10, description="YYYY[-MM[-DD]]"),
    force: str | None = Query(None, max_length=40, description=", ".join(FORCE_KINDS)),
    status: str | None = Query(None, max_length=20, description=", ".join(STATUSES)),
    min_killed: str | None = Query(None, max_length=10, description="at least this many killed"),
    q: str | None = Query(None, max_length=200, description="words in the incident or its reports"),
    sort: str | None = Query(None, max_length=10, description=", ".join(query.SORTS)),
) -> dict[str, Any]:
    return {
        "country": country,
        "admin1": admin1,
        "date_from": date_from,
        "date_to": date_to,
        "force": force,
        "status": status,
        "min_killed": min_killed,
        "text": q,
        "sort": sort,
    }


_QUERY_NAMES = {"date_from": "from", "date_to": "to", "text": "q"}


def _query(raw: dict[str, Any], **extra: Any) -> str:
    pairs = {_QUERY_NAMES.get(k, k): v for k, v in {**raw, **extra}.items() if v not in (None, "")}
    return urlencode(pairs)


def _pages(total: int) -> int:
    return max(1, -(-total // PAGE_SIZE))


def _list_context(
    raw: dict[str, Any], rows: list[query.Listed], total: int, page_no: int, error: str | None
) -> dict[str, Any]:
    return {
        "raw": raw,
        "rows": rows,
        "total": total,
        "page_no": page_no,
        "pages": _pages(total),
        "error": error,
        "query": _query(raw),
        "qs": lambda **extra: _query(raw, **extra),
        "sorts": list(query.SORTS),
    }


def _count(quantity: Any) -> str:
    """``7-9``, ``8`` or ``unknown``: a missing count is never shown as 0."""
    if quantity is None:
        return "unknown"
    low, best, high = quantity.low, quantity.best, quantity.high
    if low is not None and high is not None and low != high:
        return f"{low}-{high}" + (
            f" (best {best})" if best is not None and best not in (low, high) else ""
        )
    shown = best if best is not None else low if low is not None else high
    return "unknown" if shown is None else str(shown)


def _numeric(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    return str(country.numeric) if country is not None else None


def _field(form: FormData, name: str) -> str | None:
    value = form.get(name)
    return value if isinstance(value, str) else None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None and value.strip() else None
    except ValueError:
        return None


def _local(target: str | None) -> str:
    """Only a path on this site: no open redirect to another host."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _form_changes(form: FormData) -> dict[str, Any]:
    """The edit form's fields as a change; list fields come as repeated checkboxes."""
    changes: dict[str, Any] = {}
    for name in (
        "date",
        "date_precision",
        "place",
        "city",
        "admin1",
        "admin1_name",
        "country",
        "lat",
        "lon",
        "operation",
        "notes",
    ):
        if name in form:
            changes[name] = _field(form, name)
    for count in COUNTS:
        for bound in ("low", "best", "high"):
            name = f"{count}_{bound}"
            if name in form:
                changes[name] = _field(form, name)
    if "lists" in form:
        changes["forces"] = [v for v in form.getlist("forces") if isinstance(v, str)]
        changes["allegations"] = [v for v in form.getlist("allegations") if isinstance(v, str)]
    return changes


def _shown(incident: records.Incident, name: str) -> Any:
    """The value the edit form showed for this field."""
    for count in COUNTS:
        if name.startswith(count + "_") and name[len(count) + 1 :] in ("low", "best", "high"):
            quantity = getattr(incident, count)
            return getattr(quantity, name[len(count) + 1 :]) if quantity is not None else None
    return getattr(incident, name)


def _touched(changes: dict[str, Any], incident: records.Incident) -> dict[str, Any]:
    """Only the fields the analyst changed: a form sends them all, and a stored value the form
    shows unchanged (even one that would not pass validation today) is not an edit."""
    touched: dict[str, Any] = {}
    for name, value in changes.items():
        shown = _shown(incident, name)
        if isinstance(value, list):
            if sorted(value) != sorted(shown or []):
                touched[name] = value
        elif (value or "").strip() != ("" if shown is None else str(shown)):
            touched[name] = value
    return touched


def _edit_json(edit: Any) -> dict[str, Any]:
    return {
        "at": edit.at.isoformat(),
        "who": edit.who,
        "field": edit.field,
        "old": edit.old,
        "new": edit.new,
        "why": edit.why,
    }


def app_from_environment() -> FastAPI:
    """The app for ``uvicorn --factory`` and for ``forcewatch serve --workers N``: the database
    from ``FORCEWATCH_DB``, public mode from ``FORCEWATCH_PUBLIC=1``, always-Secure cookies from
    ``FORCEWATCH_SECURE_COOKIES=1``."""
    import os

    from forcewatch.settings import setting

    def flag(name: str) -> bool:
        return os.environ.get(setting(name).env or "") == "1"

    return create_app(
        Store.open(os.environ.get(setting("db").env or ""), pooled=True),
        WebOptions(
            public=flag("public"),
            secure_cookies=flag("secure_cookies"),
            threads=int(os.environ.get(setting("threads").env or "") or setting("threads").default),
        ),
    )

"""Rallied settings: one file, driven by environment variables (listed in .env.example).

Outside DEBUG every required setting must be present; a missing one stops the process at start
with a message naming it, rather than running with a guessable key.
"""

from __future__ import annotations

import os
import re
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def env_bool(name: str, default: bool = False) -> bool:
    value = env(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DEBUG", False)


# Required outside DEBUG. When one is missing the message names every missing one, in one line that manage.py
# prints as it is (no traceback): a person who opened a second shell without DEBUG=1 learns what to do at once.
REQUIRED = ("SECRET_KEY", "RALLIED_SECRET_KEYS")


def required(name: str, debug_default: str) -> str:
    """A setting that must be set in production; DEBUG gets a development-only default."""
    value = env(name)
    if value is not None:
        return value
    if DEBUG:
        return debug_default
    missing = " and ".join([n for n in REQUIRED if env(n) is None] or [name])
    raise ImproperlyConfigured(
        f"{missing} must be set when DEBUG is off: export {'them' if ' and ' in missing else 'it'} (see "
        ".env.example), or for the demo and development run with DEBUG=1, e.g. "
        "`DEBUG=1 .venv/bin/python manage.py shell`."
    )


SECRET_KEY = required("SECRET_KEY", "dev-only-insecure-secret-key-change-me")
# Comma-separated Fernet keys, newest first. The newest encrypts; all of them decrypt (rotation).
RALLIED_SECRET_KEYS = [
    k.strip()
    for k in required("RALLIED_SECRET_KEYS", "ZGV2LW9ubHktZmVybmV0LWtleS1kby1ub3QtdXNlLTA=").split(",")
    if k.strip()
]
ALLOWED_HOSTS = [h.strip() for h in (env("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]") or "").split(",")]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in (env("CSRF_TRUSTED_ORIGINS", "") or "").split(",") if o.strip()
]

INSTALLED_APPS = [
    # Django's admin with Rallied's site (tenants/admin_site.py): service leads need a second factor to use it.
    "rallied.admin_config.RalliedAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "drf_spectacular",
    # Swagger UI and ReDoc served from our own static files (/api/v1/docs/, /api/v1/redoc/): no CDN.
    "drf_spectacular_sidecar",
    "django_filters",
    "django_q",
    "guardian",
    "auditlog",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    # Request, response and process metrics for /metrics (workflow/metrics.py).
    "django_prometheus",
    # Only for its templates: /health/ answers a monitor's default `Accept: */*` with the library's HTML page,
    # which is not found (a 500 on a healthy deployment) unless the app is installed (workflow/health.py).
    "health_check",
    # The development package (simulated vendors, the demo world). Listed before the product apps because its
    # `resolve` extends the product's with --with-sandbox, and the first app with a command name wins.
    "sandbox",
    "rallied",
    "audit",
    "tenants",
    "tickets",
    "playbooks",
    "approvals",
    "workflow",
]

MIDDLEWARE = [
    # First: the request id (X-Request-ID) is current for every log line of the request and the tasks it queues.
    "rallied.middleware.RequestIdMiddleware",
    # Times every request for /metrics; its pair sits last but for axes, so the timing covers the whole stack.
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "rallied.middleware.ApiBodyLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Static files under gunicorn (DEBUG off): hashed names, gzip/brotli, far-future cache headers. Right after
    # SecurityMiddleware, as whitenoise asks, so HTTPS redirect and HSTS still apply to /static/.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): whether this session proved a second factor (tenants/otp.py).
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # django-auditlog's AuditlogMiddleware, its receiver connected once rather than on every request.
    "rallied.middleware.AuditlogContextMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
    # Turns a locked-out sign-in into its lockout answer; django-axes wants it last.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "rallied.urls"
WSGI_APPLICATION = "rallied.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"), conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The web app and the cluster's workers share one SQLite file: wait for the lock instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 30
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
    # WAL: readers never wait for the writer, and a commit appends to the log instead of rewriting a rollback
    # journal (a ticket's dozen small commits went from ~14 ms to ~1 ms each). synchronous=FULL keeps a commit
    # durable through a power cut, which the "intent before the vendor call" guarantee needs; NORMAL is faster
    # and survives a process crash but not a power cut.
    _synchronous = (env("RALLIED_SQLITE_SYNCHRONOUS", "FULL") or "FULL").upper()
    if _synchronous not in ("FULL", "NORMAL"):
        raise ImproperlyConfigured("RALLIED_SQLITE_SYNCHRONOUS must be FULL or NORMAL.")
    DATABASES["default"]["OPTIONS"]["init_command"] = f"PRAGMA journal_mode=WAL; PRAGMA synchronous={_synchronous}"
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out username/address is refused before its password is even checked (django-axes).
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "guardian.backends.ObjectPermissionBackend",
]
ANONYMOUS_USER_NAME = None  # guardian: no anonymous user row; nobody anonymous holds permissions.

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env("RALLIED_STATIC_ROOT", str(BASE_DIR / "staticfiles")))
# Outside DEBUG static files are collected (`collectstatic`) under hashed, compressed names and whitenoise serves
# them with a year-long cache; in DEBUG (the demo, the tests) the plain storage needs no collectstatic and no
# manifest, so a template naming a file that is not collected yet still renders.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage" if DEBUG
                    else "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
LOGIN_URL = "/accounts/login/"  # the queue's own login page: technicians are not admin staff
LOGIN_REDIRECT_URL = "/queue/"
LOGOUT_REDIRECT_URL = "/accounts/login/"

def api_rate(name: str, default: str) -> str:
    """An API rate limit like `600/minute` (or /second, /hour, /day): requests per period for one token."""
    value = (env(name, default) or default).strip()
    if not re.fullmatch(r"[1-9]\d*/(s|sec|second|m|min|minute|h|hour|d|day)", value):
        raise ImproperlyConfigured(f"{name} must look like 600/minute (a count, then second, minute, hour or day).")
    return value


# The API: tenant-bound tokens (tenants.ApiToken), JSON only, 64 KB bodies at most.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["tenants.api_auth.ApiTokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rallied.pagination.BoundedLimitOffsetPagination",
    "PAGE_SIZE": 100,
    "UNAUTHENTICATED_USER": None,
    # Per token (per user for a session), read and write apart (tenants/api_throttle.py): over the rate, 429 with
    # Retry-After. Counted in the default cache (CACHES below), which production must share: Redis.
    "DEFAULT_THROTTLE_CLASSES": ["tenants.api_throttle.ApiRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"api_read": api_rate("RALLIED_API_RATE_READ", "1200/minute"),
                               "api_write": api_rate("RALLIED_API_RATE_WRITE", "600/minute")},
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Rallied API", "VERSION": "1.0.0", "SERVE_INCLUDE_SCHEMA": False,
    # Tickets and actions both have a `status`: each its own named enum in the schema.
    "ENUM_NAME_OVERRIDES": {"TicketStatusEnum": "tickets.choices.TicketStatus",
                            "ActionStatusEnum": "playbooks.choices.ActionStatus"},
    # Request bodies without the read-only fields, so the schema says exactly what a client may send.
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR", "SWAGGER_UI_FAVICON_HREF": "SIDECAR", "REDOC_DIST": "SIDECAR",
    # Swagger UI otherwise sends the schema's address to validator.swagger.io for its badge.
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
    # The enum hook is drf-spectacular's default; ours adds the rate limit's 429 to every operation.
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums",
                             "rallied.api_schema.document_throttling"],
}
API_MAX_BODY_BYTES = 64 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# django-q2 is the doorbell, the database is the truth (django-q2's own delivery semantics):
# retry must exceed timeout plus slack, one attempt only, retries are Rallied's decision.
RALLIED_BROKER = env("RALLIED_BROKER", "orm") or "orm"
# An open ticket untouched this long is shown as stuck (the admin home, /health): the sweep below should have
# moved it long before, so one that is still there needs a person's look.
RALLIED_STUCK_AFTER_MINUTES = int(env("RALLIED_STUCK_AFTER_MINUTES", "15") or 15)
# The sweep (workflow/sweep.py) runs every minute and when a cluster starts. Each deadline is how long a ticket or
# action may wait for its next step before the sweep decides that step's doorbell was lost (a killed worker, a
# flushed Redis) and rings it again. With the one-minute period, a lost step is rung again within deadline + 60 s,
# about two minutes. Too short only costs a harmless extra ring (every entry point is idempotent) under a backlog.
# - received: the start step never began;
RALLIED_SWEEP_RECEIVED_AFTER_SECONDS = int(env("RALLIED_SWEEP_RECEIVED_AFTER_SECONDS", "45") or 45)
# - approved and nobody claimed it: the execute doorbell was lost (the reconciler rings it, playbooks/reconciler.py);
RALLIED_SWEEP_APPROVED_AFTER_SECONDS = int(env("RALLIED_SWEEP_APPROVED_AFTER_SECONDS", "45") or 45)
# - every action ended but the ticket was not settled, or a manager answered and nothing followed;
RALLIED_SWEEP_SETTLE_AFTER_SECONDS = int(env("RALLIED_SWEEP_SETTLE_AFTER_SECONDS", "45") or 45)
# - a start step under way (triage, the requester's verification) has no deadline of its own: it holds a lease for
#   Q_CLUSTER's timeout plus slack (django-q2 kills it then), and the sweep rings it again once that has lapsed.
# A step rung this many times that never moved, or a start step begun this many times by a worker that never
# finished it, goes to a technician instead of being rung forever.
RALLIED_SWEEP_MAX_RINGS = int(env("RALLIED_SWEEP_MAX_RINGS", "5") or 5)
RALLIED_SWEEP_MAX_START_ATTEMPTS = int(env("RALLIED_SWEEP_MAX_START_ATTEMPTS", "3") or 3)
# Who may read /metrics (workflow/metrics.py): a bearer token, or addresses in these networks (comma-separated
# CIDRs). Neither set: nobody.
RALLIED_METRICS_TOKEN = env("RALLIED_METRICS_TOKEN", "") or ""
RALLIED_METRICS_NETWORKS = [n.strip() for n in (env("RALLIED_METRICS_NETWORKS", "") or "").split(",") if n.strip()]
# The report's dollars (workflow/value.py): minutes saved x the MSP's internal cost of a technician hour, in the
# MSP's currency. A tenant's own `hourly_cost` overrides it. A value that is not a number >= 0 refuses to start.
try:
    RALLIED_HOURLY_COST = Decimal(env("RALLIED_HOURLY_COST", "60") or "60")
except InvalidOperation:
    raise ImproperlyConfigured("RALLIED_HOURLY_COST must be a number, e.g. 60 or 72.50.") from None
if not RALLIED_HOURLY_COST.is_finite() or RALLIED_HOURLY_COST < 0:
    raise ImproperlyConfigured("RALLIED_HOURLY_COST must be a number of at least 0.")
# How django-q2 delivers, and why these values (its source, 1.11): a task is a doorbell carrying ids, the database
# is the truth, and the sweep (workflow/sweep.py) is the guarantee that a lost doorbell rings again, not the broker.
# - timeout 90: the longest step waits on a push to the requester's phone (Okta 60 s, Duo 75 s); past it the
#   worker is killed, which is what lets the start step's lease end at timeout + slack (workflow/lifecycle.py).
# - retry 900, strictly more than timeout plus guard slack plus the wait in the cluster's local queue (queue_limit
#   tasks of up to `timeout` each): with the ORM broker a task is acknowledged only after it ran (at least once),
#   and a shorter retry would hand a still-running task to a second worker. A dead worker's task comes back after
#   it; the sweep rings sooner. Redis removes a task as it is taken: at most once, so the sweep is all there is.
# - max_attempts 1 and ack_failures: a failed task is not run again by the broker; a retry of a vendor write is
#   Rallied's decision (the reconciler), never a redelivery.
# - queue_limit 1: the pusher takes tasks from the broker ahead of the workers into the cluster's local FIFO queue
#   (up to queue_limit, plus one it holds while that is full). A continuation queued after that waits behind them,
#   whatever the broker's order (rallied/broker.py): with 4, a burst's first ticket waited behind 5 other tickets'
#   first steps at each of its own steps. With 1 it waits behind at most 2; the broker hands the next task in
#   well under a millisecond (Redis) or one query (ORM), so the workers do not starve.
# - catch_up off: a cluster that was down runs each schedule once, not once per missed minute.
# - save_limit -1: only failed tasks' results are stored (the reconciler's too, for the health page: see
#   rallied/schedules.KEEP_RESULTS). With save_limit 1000 the monitor locked and re-read up to 1,000 stored results
#   after every task to prune one: 28% of the CPU of a ticket (issue 17), for results nobody read.
Q_CLUSTER: dict = {
    "name": "rallied",
    "workers": int(env("RALLIED_WORKERS", "2") or 2),
    "timeout": 90,
    "retry": 900,
    "max_attempts": 1,
    "ack_failures": True,
    "catch_up": False,
    "queue_limit": 1,
    "save_limit": -1,
    "poll": 0.2,
    "log_level": env("Q_LOG_LEVEL", "WARNING"),
    "sync": env_bool("RALLIED_TASKS_SYNC", False),
}
# broker_class: django-q2's own broker with a second queue for continuations, drained first (rallied/broker.py).
if RALLIED_BROKER == "orm":
    Q_CLUSTER["orm"] = "default"
    Q_CLUSTER["broker_class"] = "rallied.broker.OrmBroker"
elif RALLIED_BROKER.startswith(("redis://", "rediss://")):
    Q_CLUSTER["redis"] = RALLIED_BROKER
    Q_CLUSTER["broker_class"] = "rallied.broker.RedisBroker"
else:
    raise ImproperlyConfigured("RALLIED_BROKER must be 'orm' or a redis:// URL.")

# The cache holds the API's rate-limit counts (and django-q2's cluster stats). They must be shared by every web
# worker: Redis whenever there is one (RALLIED_CACHE_URL, else the Redis broker's own server); the per-process
# local memory otherwise (the demo, SQLite deployments with one process), where each worker counts on its own.
RALLIED_CACHE_URL = env("RALLIED_CACHE_URL") or (RALLIED_BROKER if RALLIED_BROKER.startswith(("redis://", "rediss://"))
                                                 else None)
if RALLIED_CACHE_URL and not RALLIED_CACHE_URL.startswith(("redis://", "rediss://")):
    raise ImproperlyConfigured("RALLIED_CACHE_URL must be a redis:// URL.")
# rallied/cache.py: Django's Redis backend, keeping one client per connection pool rather than one per call.
CACHES = {"default": {"BACKEND": "rallied.cache.RedisCache", "LOCATION": RALLIED_CACHE_URL,
                      "KEY_PREFIX": "rallied"} if RALLIED_CACHE_URL else
          {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Vendors and models.
RALLIED_SANDBOX_URL = env("RALLIED_SANDBOX_URL", "http://127.0.0.1:8900")
# The demo world the sandbox and seed_demo load: tenants, people, groups, mailboxes, licences.
RALLIED_DIRECTORY_FILE = env("RALLIED_DIRECTORY_FILE", str(BASE_DIR / "sandbox" / "world.json"))
ANTHROPIC_API_KEY = env("ANTHROPIC_API_KEY")
RALLIED_LLM_MODEL = env("RALLIED_LLM_MODEL")
RALLIED_PUBLIC_URL = env("RALLIED_PUBLIC_URL", "http://127.0.0.1:8000")
# One-time secret links: how long a temporary password can be picked up.
RALLIED_SECRET_LINK_TTL_MINUTES = int(env("RALLIED_SECRET_LINK_TTL_MINUTES", "60") or 60)
# A resolution the PSA has not accepted within this many minutes (retried meanwhile) goes to a technician, with its
# secrets kept for hand-over (workflow/writeback.py). Shorter than a link's life, so a late reply never carries a
# dead link.
RALLIED_WRITEBACK_GIVE_UP_MINUTES = int(env("RALLIED_WRITEBACK_GIVE_UP_MINUTES", "30") or 30)
RALLIED_LLM_BASE_URL = env("RALLIED_LLM_BASE_URL")
RALLIED_HTTP_TIMEOUT = float(env("RALLIED_HTTP_TIMEOUT", "10") or 10)
# The reconciler believes a vendor's "no change" only this many seconds after the action's intent: a write that hung
# past RALLIED_HTTP_TIMEOUT may still be applied by the vendor afterwards (its own processing time), and settling it
# as "did not reach the vendor" too early destroys the password it set. A change the vendor shows is settled at
# once; never shorter than RALLIED_HTTP_TIMEOUT (playbooks/reconciler.grace_period). 120 s matches the executor's
# lease, so a worker that died is reclaimed and settled in one pass.
RALLIED_RECONCILE_GRACE_SECONDS = float(env("RALLIED_RECONCILE_GRACE_SECONDS", "120") or 120)
# Where a vendor shows a write only in a report that lags behind it (Google's Reports API admin activity: "near real
# time, a couple of minutes", rarely later), its "no report yet" is believed only this many seconds after the intent.
# Until then the password put aside waits, undestroyed (playbooks/reconciler.report_lag_grace).
RALLIED_RECONCILE_REPORT_LAG_SECONDS = float(env("RALLIED_RECONCILE_REPORT_LAG_SECONDS", "900") or 900)
# Kill switch: this many sensitive actions (password, MFA, mailbox access) that ran for one tenant within the
# window pause its autonomy until a service lead resumes it; as many refused attempts alert the service lead and
# put the identities they targeted under watch. Unset: sized to each tenant's directory
# (approvals/kill_switch.burst_limit). A number fixes it MSP-wide; 0 turns both off (load tests only).
RALLIED_KILL_SWITCH_BURST = int(_burst) if (_burst := env("RALLIED_KILL_SWITCH_BURST", "").strip()) else None
# How long the identities a burst of refused attempts targeted need a technician for every change.
RALLIED_WATCH_HOURS = int(env("RALLIED_WATCH_HOURS", "24") or 24)
RALLIED_KILL_SWITCH_WINDOW_MINUTES = int(env("RALLIED_KILL_SWITCH_WINDOW_MINUTES", "10") or 10)
# The manager's one-time confirmation link (lost phone, no factor to push) lives this long.
RALLIED_MANAGER_LINK_TTL_MINUTES = int(env("RALLIED_MANAGER_LINK_TTL_MINUTES", "240") or 240)
# Outgoing mail (the manager's confirmation link, a secret link the policy sends to the manager).
# In DEBUG (the demo) mail goes to files under var/mail/, never to the console: a mail body carries a link secret.
EMAIL_BACKEND = env("RALLIED_EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend" if DEBUG
                    else "django.core.mail.backends.smtp.EmailBackend")
EMAIL_FILE_PATH = env("RALLIED_EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))
EMAIL_HOST = env("RALLIED_EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("RALLIED_EMAIL_PORT", "25") or 25)
DEFAULT_FROM_EMAIL = env("RALLIED_EMAIL_FROM", "helpdesk@rallied.invalid")

# RALLIED_LOG_FORMAT=json: one JSON object per line (production); anything else: plain text lines.
LOG_FORMAT = "json" if (env("RALLIED_LOG_FORMAT", "plain") or "").lower() == "json" else "plain"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Link tokens (one-time secrets, approval and manager links) live in URL paths: masked in every handler.
    "filters": {"mask_links": {"()": "rallied.logs.MaskSecretPaths"},
                "request_id": {"()": "rallied.logs.RequestIdFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        # One JSON object per line for a log shipper; ticket_id / action_id / tenant_id come as their own keys
        # where the code passes them (`extra=`). The message is masked by the handler's filter first.
        "json": {"()": "pythonjsonlogger.json.JsonFormatter",
                 "format": "%(asctime)s %(levelname)s %(name)s %(message)s",
                 "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"}},
        "django.server": {"()": "django.utils.log.ServerFormatter", "format": "[{server_time}] {message}",
                          "style": "{"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT,
                    "filters": ["mask_links", "request_id"]},
        "django.server": {"class": "logging.StreamHandler", "formatter": "json" if LOG_FORMAT == "json"
                          else "django.server", "filters": ["mask_links", "request_id"]},
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django-q": {"level": env("Q_LOG_LEVEL", "WARNING")},  # django-q2 logs as "django-q"
        # django-axes logs every sign-in at INFO; lockouts come at WARNING and above.
        "axes": {"level": env("AXES_LOG_LEVEL", "WARNING")},
        # Replaces Django's default runserver access log, whose handler has no mask.
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
        "django.request": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

# Staff sign-in throttling (django-axes): after RALLIED_LOGIN_FAILURE_LIMIT wrong passwords for one username from
# one address, that pair is locked out for RALLIED_LOGIN_COOLOFF_MINUTES (a right password included). Keyed on the
# pair, not the username alone, so a stranger cannot lock a service lead out of their own office.
AXES_ENABLED = env_bool("RALLIED_LOGIN_THROTTLE", True)
AXES_FAILURE_LIMIT = int(env("RALLIED_LOGIN_FAILURE_LIMIT", "5") or 5)
AXES_COOLOFF_TIME = timedelta(minutes=float(env("RALLIED_LOGIN_COOLOFF_MINUTES", "30") or 30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Behind a reverse proxy the client's address is the proxy's: name how many proxies to skip in X-Forwarded-For.
AXES_IPWARE_PROXY_COUNT = int(env("RALLIED_PROXY_COUNT", "0") or 0) or None
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if AXES_IPWARE_PROXY_COUNT else [
    "REMOTE_ADDR"]
AXES_SENSITIVE_PARAMETERS = ["password", "otp_token", "code"]

# Second factor (django-otp, TOTP): the issuer staff see in their authenticator app.
OTP_TOTP_ISSUER = env("RALLIED_OTP_ISSUER", "Rallied") or "Rallied"
OTP_ADMIN_HIDE_SENSITIVE_DATA = True  # django-otp's device admin never shows a key or its QR code

# Transport security, all from the environment, on by default outside DEBUG: `manage.py check --deploy` is clean
# with the production defaults (tests/platform/test_deploy_check.py). A deployment behind a TLS-terminating proxy
# sets RALLIED_PROXY_SSL_HEADER=1 (the proxy must set X-Forwarded-Proto itself and strip the client's).
_secure = not DEBUG
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", _secure)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", _secure)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", _secure)
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000" if _secure else "0") or 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", _secure)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", _secure)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = env("SECURE_REFERRER_POLICY", "same-origin")
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = env_bool("CSRF_COOKIE_HTTPONLY", _secure)
SESSION_COOKIE_AGE = int(env("SESSION_COOKIE_AGE", str(8 * 3600)) or 8 * 3600)  # one working day
X_FRAME_OPTIONS = "DENY"
if env_bool("RALLIED_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Audit checkpoints (audit/checkpoints.py): every RALLIED_AUDIT_CHECKPOINT_EVENTS events of a chain, and at least every
# RALLIED_AUDIT_CHECKPOINT_SECONDS while a chain moves, its head is signed with an Ed25519 key kept out of the database
# (audit/keys.py: NAME=FILE or NAME=env:VARIABLE, newest first) and written to every witness (audit/witness.py:
# file:PATH, syslog[:ADDRESS], s3://BUCKET/PREFIX). DEBUG signs with a development key generated under var/;
# outside DEBUG a key is required while signing is on (RALLIED_AUDIT_SIGNING=0 turns checkpoints off).
RALLIED_AUDIT_SIGNING = env_bool("RALLIED_AUDIT_SIGNING", True)
RALLIED_AUDIT_INSTANCE = env("RALLIED_AUDIT_INSTANCE", "rallied") or "rallied"
RALLIED_AUDIT_CHECKPOINT_EVENTS = int(env("RALLIED_AUDIT_CHECKPOINT_EVENTS", "100") or 100)
RALLIED_AUDIT_CHECKPOINT_SECONDS = int(env("RALLIED_AUDIT_CHECKPOINT_SECONDS", "60") or 60)
# A submitted ticket's audit event, and each step's, is written pending (audit.services.deferred_chaining,
# unit_of_work) and chained by the ticket's next action claim or final move or, failing those, by the sweep within a
# minute; `verify_audit` fails on one still pending after this long.
RALLIED_AUDIT_PENDING_SECONDS = int(env("RALLIED_AUDIT_PENDING_SECONDS", "300") or 300)
RALLIED_AUDIT_SIGNING_KEYS = [k.strip() for k in (env("RALLIED_AUDIT_SIGNING_KEYS", "") or "").split(",") if k.strip()]
RALLIED_AUDIT_VERIFIER_KEYS = [k.strip() for k in (env("RALLIED_AUDIT_VERIFIER_KEYS", "") or "").split(",")
                               if k.strip()]
# Only DEBUG has a development key (generated on first use); outside DEBUG the key list above is required.
RALLIED_AUDIT_DEV_KEY_FILE = (env("RALLIED_AUDIT_DEV_KEY_FILE", str(BASE_DIR / "var" / "audit" / "dev-signing.key"))
                              if DEBUG else "")
RALLIED_AUDIT_WITNESSES = [w.strip() for w in (env("RALLIED_AUDIT_WITNESSES", "") or
                                               f"file:{BASE_DIR / 'var' / 'audit' / 'witness.jsonl'}").split(",")
                           if w.strip()]
if RALLIED_AUDIT_SIGNING and not DEBUG and not RALLIED_AUDIT_SIGNING_KEYS:
    raise ImproperlyConfigured(
        "RALLIED_AUDIT_SIGNING_KEYS must be set when DEBUG is off: NAME=/path/to/key.pem (or NAME=env:VARIABLE), "
        "an Ed25519 key kept out of the database (see .env.example); or RALLIED_AUDIT_SIGNING=0 to run without "
        "signed audit checkpoints."
    )
# The s3://BUCKET/PREFIX witness (audit/s3_witness.py): a bucket with Object Lock, path-style endpoint.
RALLIED_AUDIT_S3_ENDPOINT = env("RALLIED_AUDIT_S3_ENDPOINT", "https://s3.amazonaws.com") or ""
RALLIED_AUDIT_S3_REGION = env("RALLIED_AUDIT_S3_REGION", "us-east-1") or "us-east-1"
RALLIED_AUDIT_S3_RETAIN_DAYS = int(env("RALLIED_AUDIT_S3_RETAIN_DAYS", "2555") or 2555)  # seven years
RALLIED_AUDIT_S3_ACCESS_KEY_ID = env("RALLIED_AUDIT_S3_ACCESS_KEY_ID", "") or ""
RALLIED_AUDIT_S3_SECRET_ACCESS_KEY = env("RALLIED_AUDIT_S3_SECRET_ACCESS_KEY", "") or ""

"""PSA webhooks: /hooks/connectwise/, /hooks/autotask/, /hooks/halopsa/.

Views only delegate: `tickets.intake.receive_webhook` checks the vendor's signature or shared secret
on the raw body against our connections, re-reads the ticket through the PSA API, and ingests it.
No session, no CSRF token: the signature is the authentication. The 64 KB body limit is applied
to /hooks/ by rallied.middleware before anything reads the body.

Setting them up, per vendor:
- ConnectWise: a callback (`POST /system/callbacks`, type Ticket, level Board, objectId = the help-desk
  board) whose url is `https://<rallied>/hooks/connectwise/`. CW signs each callback with the key it
  publishes at the payload's key_url, which must be on the connection's own CW host.
- Autotask: a TicketWebhook (`POST /V1.0/TicketWebhooks`) with WebhookUrl `.../hooks/autotask/` and a
  SecretKey; the same key goes into the connection's credentials as `webhook_secret`.
- HaloPSA: Configuration > Integrations > Webhooks, url `.../hooks/halopsa/`, Basic authentication
  (any user name, the connection's `webhook_secret` as password) or a Bearer token with that secret.
"""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from tickets.intake import receive_webhook


def _receive(request: HttpRequest, vendor: str) -> JsonResponse:
    outcome = receive_webhook(vendor=vendor, headers=dict(request.headers), raw_body=request.body)
    return JsonResponse(outcome.as_json(), status=outcome.status)


@csrf_exempt
@never_cache
@require_POST
def connectwise(request: HttpRequest) -> JsonResponse:
    """ConnectWise callbacks, signed with the key behind the payload's key_url (x-content-signature)."""
    return _receive(request, "connectwise")


@csrf_exempt
@never_cache
@require_POST
def autotask(request: HttpRequest) -> JsonResponse:
    """Autotask TicketWebhook callouts, signed with the webhook's secret key (X-Hook-Signature)."""
    return _receive(request, "autotask")


@csrf_exempt
@never_cache
@require_POST
def halopsa(request: HttpRequest) -> JsonResponse:
    """HaloPSA webhooks, carrying the Basic or Bearer secret configured on the Halo side."""
    return _receive(request, "halopsa")

"""The REST API router (/api/v1/): viewsets are configuration; the rules live in services."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.routers import SimpleRouter

from tenants.audit_api import AuditEventViewSet
from workflow.api import TicketViewSet
from workflow.undo_api import UndoableActionViewSet
from workflow.value_api import ValueReportView

router = SimpleRouter()
# Integrations call `POST /api/v1/actions/{id}/approve` without a slash (README): accept both forms, since
# APPEND_SLASH would answer a 301 and the client's retry as GET loses the POST body.
router.trailing_slash = "/?"
router.register("tickets", TicketViewSet, basename="ticket")
router.register("actions", UndoableActionViewSet, basename="action")  # approvals' API plus undo
router.register("audit", AuditEventViewSet, basename="audit")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    # templates/api/redoc.html: the stock page without its Google Fonts links, so nothing loads from elsewhere.
    path("redoc/", SpectacularRedocView.as_view(url_name="api-schema", template_name="api/redoc.html"),
         name="api-redoc"),
    path("reports/value/", ValueReportView.as_view(), name="api-value-report"),
    path("", include(router.urls)),
]

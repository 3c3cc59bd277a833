from django.apps import AppConfig


class TenantsConfig(AppConfig):
    """Tenants, their vendor connections, service accounts and the access chokepoint."""

    name = "tenants"

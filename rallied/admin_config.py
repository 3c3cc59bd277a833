"""Django's admin app, with Rallied's admin site as the default one (the site itself lives in tenants/admin_site.py,
beside the access rules it asks; named here by path, so this bottom layer imports nothing above it)."""

from django.contrib.admin.apps import AdminConfig


class RalliedAdminConfig(AdminConfig):
    default_site = "tenants.admin_site.RalliedAdminSite"

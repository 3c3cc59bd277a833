"""The admin's tenant scope: every ModelAdmin of a tenant-owned record derives from `TenantScopedAdmin`.

The list, each object, each add/change/delete, the related-field choices and the tenant filter all ask
tenants/access.py, with the tenant reached through `tenant_path`. No Django model permission is consulted: who may
see a ticket of Contoso is a question about Contoso (guardian's object permissions on Tenant), not about tickets in
general, and a person who holds a tenant role needs nothing else to use the admin for that tenant.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import ForeignKey, ManyToManyField, Model, QuerySet
from django.http import HttpRequest

from tenants import access
from tenants.models import Tenant


def _holds_anywhere(request: HttpRequest, perm: str) -> bool:
    """Whether the person holds `perm` on some tenant, asked once per request: the admin's sidebar asks it for every
    registered model on every page."""
    if request.user.is_superuser:
        return bool(request.user.is_active)
    cache: dict[str, bool] = request.__dict__.setdefault("_rallied_holds_anywhere", {})
    if perm not in cache:
        cache[perm] = access.holds_anywhere(request.user, perm)
    return cache[perm]


class _TenantScope:
    """Shared by the admin and its inlines. `tenant_path` leads from the checked object to its Tenant ("" when the
    object is a Tenant); `shared_rows` lets people with `view_perm` somewhere read rows without a tenant (the MSP
    defaults), which only a superuser may change. The `can_*` flags make a read-only record."""

    tenant_path = "tenant"
    view_perm = access.VIEW
    change_perm = access.MANAGE
    shared_rows = False
    can_add = True
    can_change = True
    can_delete = True

    def _allowed(self, request: HttpRequest, perm: str, obj: Model | None) -> bool:
        if obj is None:
            return _holds_anywhere(request, perm)
        shared = self.shared_rows and perm == self.view_perm
        return access.can_on_object(request.user, obj, self.tenant_path, perm, shared=shared)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._allowed(request, self.view_perm, None)

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self._allowed(request, self.view_perm, obj) or self.has_change_permission(request, obj)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self.can_change and self._allowed(request, self.change_perm, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self.can_delete and self._allowed(request, self.change_perm, obj)

    def _scoped_choices(self, request: HttpRequest, model: type[Model]) -> QuerySet | None:
        """A related field's choices: tenants the person manages, or records of those tenants."""
        if model is Tenant:
            return access.scope(request.user, Tenant.objects.all(), "", self.change_perm)
        if any(f.name == "tenant" and f.related_model is Tenant for f in model._meta.get_fields()):
            return access.scope(request.user, model._default_manager.all(), "tenant", self.change_perm)
        return None

    def formfield_for_foreignkey(self, db_field: ForeignKey, request: HttpRequest, **kwargs: Any) -> Any:
        choices = self._scoped_choices(request, db_field.related_model)
        if choices is not None:
            kwargs["queryset"] = choices
        return super().formfield_for_foreignkey(db_field, request, **kwargs)  # type: ignore[misc]

    def formfield_for_manytomany(self, db_field: ManyToManyField, request: HttpRequest, **kwargs: Any) -> Any:
        choices = self._scoped_choices(request, db_field.related_model)
        if choices is not None:
            kwargs["queryset"] = choices
        return super().formfield_for_manytomany(db_field, request, **kwargs)  # type: ignore[misc]


class TenantScopedAdmin(_TenantScope, admin.ModelAdmin):
    """A ModelAdmin whose rows are the person's tenants' rows only."""

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return access.scope(request.user, super().get_queryset(request), self.tenant_path, self.view_perm,
                            shared=self.shared_rows)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return self.can_add and self._allowed(request, self.change_perm, None)

    def get_list_filter(self, request: HttpRequest) -> Any:
        """A filter on a tenant lists only the tenants present in the (scoped) rows, not every client's name."""
        scoped = []
        for entry in super().get_list_filter(request):
            if isinstance(entry, str) and self._is_tenant_field(entry):
                entry = (entry, admin.RelatedOnlyFieldListFilter)
            scoped.append(entry)
        return scoped

    def _is_tenant_field(self, name: str) -> bool:
        try:
            field = self.model._meta.get_field(name)
        except Exception:  # a lookup path or a callable filter: not a plain field of this model
            return False
        return getattr(field, "related_model", None) is Tenant


class TenantScopedInline(_TenantScope, admin.options.InlineModelAdmin):
    """An inline judged by its parent object: `tenant_path` leads from the parent to its Tenant."""

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:  # type: ignore[override]
        return self.can_add and self._allowed(request, self.change_perm, obj)


class TenantScopedTabularInline(TenantScopedInline, admin.TabularInline):
    pass

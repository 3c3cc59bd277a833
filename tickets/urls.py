"""Web routes: one-time secrets (the review queue and webhooks join here)."""

from django.urls import path

from tickets import hooks, views

urlpatterns = [
    path("s/<str:token>/", views.secret_page, name="secret"),
    path("handover/<int:secret_id>/", views.handover_page, name="secret-handover"),
    path("hooks/connectwise/", hooks.connectwise, name="hook-connectwise"),
    path("hooks/autotask/", hooks.autotask, name="hook-autotask"),
    path("hooks/halopsa/", hooks.halopsa, name="hook-halopsa"),
]

"""Web routes: one-time secrets (the review queue and webhooks join here)."""

from django.urls import path

from tickets import views

urlpatterns = [
    path("s/<str:token>/", views.secret_page, name="secret"),
]

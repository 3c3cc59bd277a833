"""Web routes of approvals: the technicians' review queue, chat approval callbacks and signed approval links."""

from django.contrib.auth import views as auth_views
from django.urls import path

from approvals import chat_views, manager_link, views

urlpatterns: list = [
    path("queue/", views.queue, name="queue"),
    path("queue/decided/", views.decided, name="queue-decided"),
    path("queue/<int:action_id>/approve/", views.approve, name="queue-approve"),
    path("queue/<int:action_id>/reject/", views.reject, name="queue-reject"),
    path("queue/<int:action_id>/cancel-schedule/", views.cancel_schedule, name="queue-cancel-schedule"),
    path("queue/bulk-approve/", views.bulk_approve, name="queue-bulk-approve"),
    # Technicians are not staff, so the admin's login page is not theirs: the queue has its own.
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    # Chat approvals: Slack's signed button callbacks and the page behind a Teams card's signed link.
    path("hooks/slack/", chat_views.slack_interactivity, name="slack-interactivity"),
    path("approvals/link/<str:token>/", chat_views.approval_link, name="approval-link"),
    # Out-of-band verification: the target's manager confirms or declines through a signed one-time link.
    path("verify/manager/<str:token>/", manager_link.manager_link, name="manager-link"),
]

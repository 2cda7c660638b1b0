"""Kelompok & Arisan area: groups, members, meetings and the arisan ledger."""

from desktop_app.ui.pages.groups.page import GroupsPage

__all__ = ["GroupsPage"]

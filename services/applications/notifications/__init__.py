"""Notifications: in-app for staff (due soon, overdue, assigned); e-mail and SMS behind an interface."""

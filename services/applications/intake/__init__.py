"""Intake (登记): applications arriving online, through partner platforms and registered by staff; attachments."""

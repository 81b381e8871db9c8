"""Requests for disclosure (依申请公开): intake, the statutory clock, replies, appeals; owns the calendar."""

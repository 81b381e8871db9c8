"""Consultations log (咨询): inquiries by phone, in person, online or by letter."""

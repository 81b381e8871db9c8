"""The standard directory of proactive disclosure (主动公开基本目录) and its coverage."""

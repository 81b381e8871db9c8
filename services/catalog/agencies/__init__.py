"""The agency directory (机关目录): the hierarchy every scope, report and catalog entry hangs from."""

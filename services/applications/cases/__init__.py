"""Cases (办理): one information item of an application, its handling, its history and its clock."""

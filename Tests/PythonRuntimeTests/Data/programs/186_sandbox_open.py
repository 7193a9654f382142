# gradbook-only: cells cannot reach files
open('/etc/passwd')

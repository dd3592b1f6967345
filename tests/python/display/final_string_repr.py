# flags: --display
greeting = "bonjour"
greeting.upper() + " l'ami"

class = "python"

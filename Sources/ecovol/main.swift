print("ecovol")

print("nsdir.mod", __name__)

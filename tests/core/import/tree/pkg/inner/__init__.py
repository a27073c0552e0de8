print("pkg.inner init", __name__)

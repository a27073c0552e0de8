registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("double")
def double(x):
    return 2 * x
@register("neg")
def neg(x):
    return -x
for k in sorted(registry):
    print(k, registry[k](21))
print(double(4))

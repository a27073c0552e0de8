# the io module's names
import io
print(io.open is open)
print(type(io.StringIO()).__name__, type(io.BytesIO()).__name__)
print(isinstance(io.StringIO(), io.StringIO))

# single inheritance: lookup falls back to the base class
class Animal:
    sound = "..."

    def speak(self):
        return self.name() + " says " + self.sound

    def name(self):
        return "animal"

class Dog(Animal):
    sound = "woof"

    def name(self):
        return "dog"

print(Animal().speak())
print(Dog().speak())
print(isinstance(Dog(), Animal), issubclass(Dog, Animal), issubclass(Animal, Dog))

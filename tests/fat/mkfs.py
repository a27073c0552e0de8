# Format the HAL's block device with Pyxis's mkfs (tests/fat/fat.test.ts), then mount it.
import os
import pyxis

dev = pyxis.BlockDevice()
os.VfsFat.mkfs(dev)
os.mount(os.VfsFat(dev), "/fat")
print(os.listdir("/fat"))
os.umount("/fat")

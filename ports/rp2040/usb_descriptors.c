// Device, configuration and string descriptors (see usb_descriptors.h).
#include "usb_descriptors.h"

#include <stddef.h>

#include "board_config.h"

#if !defined(PYX_USB_VID) || !defined(PYX_USB_PID) || !defined(PYX_USB_MANUFACTURER) || !defined(PYX_USB_PRODUCT)
#error "board_config.h must define PYX_USB_VID, PYX_USB_PID, PYX_USB_MANUFACTURER and PYX_USB_PRODUCT"
#endif

// bcdDevice: Pyxis 0.1.0 in binary-coded decimal (major.minor.patch as 0xMMmp).
#define USB_BCD_DEVICE 0x0010u

#define LO(x) ((uint8_t)((x) & 0xffu))
#define HI(x) ((uint8_t)(((x) >> 8) & 0xffu))

static const uint8_t device_descriptor[18] = {
    18, 0x01,           // bLength, DEVICE
    LO(0x0200), HI(0x0200), // bcdUSB 2.0
    0xef, 0x02, 0x01,   // Miscellaneous class, common class, interface association: the IAD says what the function is
    USB_EP0_PACKET_SIZE,
    LO(PYX_USB_VID), HI(PYX_USB_VID),
    LO(PYX_USB_PID), HI(PYX_USB_PID),
    LO(USB_BCD_DEVICE), HI(USB_BCD_DEVICE),
    USB_STRING_MANUFACTURER, USB_STRING_PRODUCT, USB_STRING_SERIAL,
    1,                  // bNumConfigurations
};

#define CONFIG_TOTAL_LENGTH (9u + 8u + 9u + 5u + 5u + 4u + 5u + 7u + 9u + 7u + 7u)

static const uint8_t configuration_descriptor[CONFIG_TOTAL_LENGTH] = {
    // Configuration: bus powered, up to 500 mA.
    9, 0x02, LO(CONFIG_TOTAL_LENGTH), HI(CONFIG_TOTAL_LENGTH), 2, USB_CONFIGURATION_VALUE, 0, 0x80, 250,
    // Interface association: interfaces 0 and 1 are one CDC-ACM function.
    8, 0x0b, USB_CDC_COMM_INTERFACE, 2, 0x02, 0x02, 0x00, 0,
    // Communication interface: CDC, abstract control model, no protocol; one endpoint.
    9, 0x04, USB_CDC_COMM_INTERFACE, 0, 1, 0x02, 0x02, 0x00, 0,
    // Header functional descriptor: CDC 1.10.
    5, 0x24, 0x00, LO(0x0110), HI(0x0110),
    // Call management: the device does not handle call management; data interface 1.
    5, 0x24, 0x01, 0x00, USB_CDC_DATA_INTERFACE,
    // Abstract control management: supports Set/Get_Line_Coding, Set_Control_Line_State, Serial_State.
    4, 0x24, 0x02, 0x02,
    // Union: the communication interface controls the data interface.
    5, 0x24, 0x06, USB_CDC_COMM_INTERFACE, USB_CDC_DATA_INTERFACE,
    // Notification endpoint: interrupt IN, polled every 16 ms.
    7, 0x05, 0x80u | USB_CDC_NOTIFY_EP, 0x03, LO(USB_CDC_NOTIFY_PACKET_SIZE), HI(USB_CDC_NOTIFY_PACKET_SIZE), 16,
    // Data interface: CDC data class, two bulk endpoints.
    9, 0x04, USB_CDC_DATA_INTERFACE, 0, 2, 0x0a, 0x00, 0x00, 0,
    7, 0x05, USB_CDC_DATA_EP, 0x02, LO(USB_CDC_DATA_PACKET_SIZE), HI(USB_CDC_DATA_PACKET_SIZE), 0,
    7, 0x05, 0x80u | USB_CDC_DATA_EP, 0x02, LO(USB_CDC_DATA_PACKET_SIZE), HI(USB_CDC_DATA_PACKET_SIZE), 0,
};

const uint8_t *usb_descriptor_device(uint32_t *len) {
  *len = sizeof(device_descriptor);
  return device_descriptor;
}

const uint8_t *usb_descriptor_configuration(uint32_t *len) {
  *len = sizeof(configuration_descriptor);
  return configuration_descriptor;
}

/** The flash chip's 64-bit unique id, read at start-up (flash_id.c); weak so that a build
 *  without it (the driver's test firmware) has a serial number of zeros. */
extern const uint8_t *rp2040_flash_unique_id(void) __attribute__((weak));

/** An ASCII string as a string descriptor: bLength, STRING, then UTF-16LE code units. */
static uint32_t ascii_string_descriptor(const char *text, uint8_t *out, uint32_t max) {
  uint32_t length = 2;
  for (const char *p = text; *p != '\0' && length + 2u <= max && length + 2u <= 255u; p++) {
    out[length] = (uint8_t)*p;
    out[length + 1u] = 0;
    length += 2u;
  }
  out[0] = (uint8_t)length;
  out[1] = 0x03;
  return length;
}

/** The serial number: the unique id in upper-case hex, as MicroPython shows it. */
static uint32_t serial_string_descriptor(uint8_t *out, uint32_t max) {
  static const char hex_digits[] = "0123456789ABCDEF";
  static const uint8_t no_id[8] = {0};
  const uint8_t *id = rp2040_flash_unique_id != NULL ? rp2040_flash_unique_id() : no_id;
  char text[17];
  for (uint32_t i = 0; i < 8u; i++) {
    text[2u * i] = hex_digits[id[i] >> 4];
    text[2u * i + 1u] = hex_digits[id[i] & 0xfu];
  }
  text[16] = '\0';
  return ascii_string_descriptor(text, out, max);
}

uint32_t usb_descriptor_string(uint8_t index, uint8_t *out, uint32_t max) {
  if (max < 4u) return 0;
  switch (index) {
    case USB_STRING_LANGUAGES:
      out[0] = 4;
      out[1] = 0x03;
      out[2] = LO(0x0409); // English (United States)
      out[3] = HI(0x0409);
      return 4;
    case USB_STRING_MANUFACTURER:
      return ascii_string_descriptor(PYX_USB_MANUFACTURER, out, max);
    case USB_STRING_PRODUCT:
      return ascii_string_descriptor(PYX_USB_PRODUCT, out, max);
    case USB_STRING_SERIAL:
      return serial_string_descriptor(out, max);
    default:
      return 0;
  }
}

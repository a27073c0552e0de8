// The USB descriptors of a Pyxis RP2040 board: one CDC-ACM function (an IAD over a
// communication interface and a data interface), with the board's VID/PID and strings
// from board_config.h.
#ifndef PYX_RP2040_USB_DESCRIPTORS_H
#define PYX_RP2040_USB_DESCRIPTORS_H

#include <stdint.h>

#define USB_EP0_PACKET_SIZE 64u

// Interfaces and endpoints of the CDC-ACM function.
#define USB_CDC_COMM_INTERFACE 0u
#define USB_CDC_DATA_INTERFACE 1u
#define USB_CDC_NOTIFY_EP 1u /* interrupt IN 0x81 */
#define USB_CDC_DATA_EP 2u /* bulk OUT 0x02 and bulk IN 0x82 */
#define USB_CDC_NOTIFY_PACKET_SIZE 8u
#define USB_CDC_DATA_PACKET_SIZE 64u

// The only configuration's bConfigurationValue.
#define USB_CONFIGURATION_VALUE 1u

// String descriptor indexes.
#define USB_STRING_LANGUAGES 0u
#define USB_STRING_MANUFACTURER 1u
#define USB_STRING_PRODUCT 2u
#define USB_STRING_SERIAL 3u

/** The device descriptor (18 bytes). */
const uint8_t *usb_descriptor_device(uint32_t *len);

/** The configuration descriptor with everything under it. */
const uint8_t *usb_descriptor_configuration(uint32_t *len);

/** Writes string descriptor `index` (UTF-16LE) into out; returns its length, or 0 when there is
 *  no such string (the request is then stalled). */
uint32_t usb_descriptor_string(uint8_t index, uint8_t *out, uint32_t max);

#endif

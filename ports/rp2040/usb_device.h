// The RP2040 USB device core: controller bring-up, bus reset, endpoint buffers with their
// DATA0/DATA1 toggles, and EP0 control transfers with the standard requests. The one class on
// top of it (usb_cdc.c) provides the usb_class_* hooks below.
//
// Everything here runs from the USBCTRL interrupt (isr_usbctrl), or from thread mode with
// interrupts masked (usb_device_poll); nothing here blocks.
#ifndef PYX_RP2040_USB_DEVICE_H
#define PYX_RP2040_USB_DEVICE_H

#include <stdbool.h>
#include <stdint.h>

typedef struct {
  uint8_t request_type; /* bmRequestType: direction (bit 7), type (6:5), recipient (4:0) */
  uint8_t request;
  uint16_t value;
  uint16_t index;
  uint16_t length;
} usb_setup_packet_t;

#define USB_REQUEST_DIR_IN 0x80u
#define USB_REQUEST_TYPE_MASK 0x60u
#define USB_REQUEST_TYPE_STANDARD 0x00u
#define USB_REQUEST_TYPE_CLASS 0x20u
#define USB_REQUEST_RECIPIENT_MASK 0x1fu
#define USB_REQUEST_RECIPIENT_DEVICE 0u
#define USB_REQUEST_RECIPIENT_INTERFACE 1u
#define USB_REQUEST_RECIPIENT_ENDPOINT 2u

/** Resets the USB block, connects the pull-up and enables the USBCTRL interrupt. Called once. */
void usb_device_init(void);

/** Handles every pending controller event. The interrupt handler's body; thread-mode callers
 *  mask interrupts around it. */
void usb_device_poll(void);

/** SET_CONFIGURATION selected the configuration (and no bus reset came since). */
bool usb_device_configured(void);

/** Masks interrupts (PRIMASK) and returns the previous state for usb_irq_restore. */
uint32_t usb_irq_save(void);
void usb_irq_restore(uint32_t state);

// ---- Endpoints other than EP0 ----
/** Enables endpoint ep (1..15) in one direction with its own DPRAM buffer; the toggle starts
 *  at DATA0. type is USB_EP_CTRL_TYPE_BULK or _INTERRUPT. */
void usb_endpoint_open(uint8_t ep, bool in, uint32_t type);
/** IN: copies len (<= 64) bytes into the endpoint's buffer and hands it to the controller.
 *  OUT: lets the controller receive one packet of at most len bytes (data is NULL). */
void usb_endpoint_start(uint8_t ep, bool in, const uint8_t *data, uint32_t len);
/** The endpoint's DPRAM buffer, where a received OUT packet is. */
const volatile uint8_t *usb_endpoint_buffer(uint8_t ep, bool in);
/** Back to DATA0 (CLEAR_FEATURE(ENDPOINT_HALT)). */
void usb_endpoint_reset_toggle(uint8_t ep, bool in);

// ---- EP0, for a class's requests (from usb_class_setup) ----
/** Data stage IN: sends min(len, wLength) bytes (copied now, at most 64 bytes for class data)
 *  then expects the host's status. */
void usb_control_send(const uint8_t *data, uint32_t len);
/** Data stage OUT: receives wLength bytes (at most 64), then calls usb_class_control_out. */
void usb_control_receive(void);
/** No data stage: acknowledges with a zero-length IN status packet. */
void usb_control_ack(void);

// ---- Class hooks (implemented by usb_cdc.c) ----
/** A bus reset or SET_CONFIGURATION(0): the class's endpoints are gone. */
void usb_class_reset(void);
/** SET_CONFIGURATION selected the configuration: open and arm the class's endpoints. */
void usb_class_configured(void);
/** A class or vendor request: answer with usb_control_send/receive/ack and return true, or
 *  return false to stall it. */
bool usb_class_setup(const usb_setup_packet_t *setup);
/** The OUT data stage of a class request arrived; the core acknowledges it afterwards. */
void usb_class_control_out(const usb_setup_packet_t *setup, const uint8_t *data, uint32_t len);
/** The status stage of a class request has completed. */
void usb_class_control_done(const usb_setup_packet_t *setup);
/** A transfer on one of the class's endpoints completed (len bytes; OUT data is in the
 *  endpoint's buffer). */
void usb_class_transfer_done(uint8_t ep, bool in, uint32_t len);

#endif

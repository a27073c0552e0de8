// USB CDC-ACM on the RP2040 device core (see usb_cdc.h): class requests, the bulk data
// endpoints, and the transmit ring.
#include "usb_cdc.h"

#include <stddef.h>

#include "usb_descriptors.h"
#include "usb_device.h"
#include "usb_regs.h"

/** Reboots into the ROM bootloader (the port's HAL entry; never returns). */
void hal_machine_bootloader(void) __attribute__((noreturn));

#define TX_RING_SIZE 1024u /* a power of two */
#define TX_TIMEOUT_US 500000u

// CDC class requests.
#define CDC_SET_LINE_CODING 0x20u
#define CDC_GET_LINE_CODING 0x21u
#define CDC_SET_CONTROL_LINE_STATE 0x22u
#define CDC_SEND_BREAK 0x23u
#define CDC_LINE_STATE_DTR 0x01u
// The "1200-baud touch": a host that opens the port at 1200 baud and closes it (DTR drops)
// asks the board to enter its bootloader, as Arduino tools and MicroPython boards do.
#define CDC_TOUCH_BAUD 1200u

// Transmit ring: written in thread mode, drained from the interrupt. Indexes run freely;
// head - tail is the number of queued bytes.
static uint8_t tx_ring[TX_RING_SIZE];
static volatile uint32_t tx_head;
static volatile uint32_t tx_tail;
static uint8_t tx_packet[USB_CDC_DATA_PACKET_SIZE];
static bool tx_busy;    /* an IN packet is with the controller */
static bool rx_paused;  /* OUT left unarmed until the console has room */
static bool dtr;
static bool touch_requested;
static volatile bool bootloader_requested; /* the touch completed: usb_cdc_task acts on it */
// dwDTERate (little endian), bCharFormat, bParityType, bDataBits: 115200 8N1 until the host sets it.
static uint8_t line_coding[7] = {0x00, 0xc2, 0x01, 0x00, 0, 0, 8};

__attribute__((weak)) uint32_t console_rx_free(void) {
  return 0xffffffffu;
}

static uint32_t line_coding_baud(void) {
  return (uint32_t)line_coding[0] | ((uint32_t)line_coding[1] << 8) | ((uint32_t)line_coding[2] << 16) |
         ((uint32_t)line_coding[3] << 24);
}

bool usb_cdc_connected(void) {
  return usb_device_configured() && dtr;
}

/** Sends the next packet from the ring if the IN endpoint is free and a terminal listens.
 *  Interrupts masked. */
static void tx_start(void) {
  if (tx_busy || !usb_cdc_connected()) return;
  uint32_t queued = tx_head - tx_tail;
  if (queued == 0) return;
  uint32_t n = queued < USB_CDC_DATA_PACKET_SIZE ? queued : USB_CDC_DATA_PACKET_SIZE;
  for (uint32_t i = 0; i < n; i++) tx_packet[i] = tx_ring[(tx_tail + i) & (TX_RING_SIZE - 1u)];
  tx_tail += n;
  tx_busy = true;
  usb_endpoint_start(USB_CDC_DATA_EP, true, tx_packet, n);
}

/** Lets the host send the next packet, unless the console could not take it. Interrupts masked. */
static void rx_arm(void) {
  if (console_rx_free() < USB_CDC_DATA_PACKET_SIZE) {
    rx_paused = true;
    return;
  }
  rx_paused = false;
  usb_endpoint_start(USB_CDC_DATA_EP, false, NULL, USB_CDC_DATA_PACKET_SIZE);
}

// ---- Class hooks ----

void usb_class_reset(void) {
  tx_busy = false;
  rx_paused = false;
  dtr = false;
  touch_requested = false;
  bootloader_requested = false;
}

void usb_class_configured(void) {
  usb_endpoint_open(USB_CDC_NOTIFY_EP, true, USB_EP_CTRL_TYPE_INTERRUPT);
  usb_endpoint_open(USB_CDC_DATA_EP, false, USB_EP_CTRL_TYPE_BULK);
  usb_endpoint_open(USB_CDC_DATA_EP, true, USB_EP_CTRL_TYPE_BULK);
  tx_busy = false;
  rx_arm();
  tx_start();
}

bool usb_class_setup(const usb_setup_packet_t *setup) {
  if ((setup->request_type & USB_REQUEST_TYPE_MASK) != USB_REQUEST_TYPE_CLASS) return false;
  uint8_t recipient = setup->request_type & USB_REQUEST_RECIPIENT_MASK;
  /* Some hosts (rp2040js's among them) address the requests to the device, not the interface. */
  if (recipient != USB_REQUEST_RECIPIENT_INTERFACE && recipient != USB_REQUEST_RECIPIENT_DEVICE) return false;
  if (setup->index != USB_CDC_COMM_INTERFACE) return false;
  bool in = (setup->request_type & USB_REQUEST_DIR_IN) != 0;
  switch (setup->request) {
    case CDC_SET_LINE_CODING:
      if (in || setup->length != sizeof(line_coding)) return false;
      usb_control_receive();
      return true;
    case CDC_GET_LINE_CODING:
      if (!in) return false;
      usb_control_send(line_coding, sizeof(line_coding));
      return true;
    case CDC_SET_CONTROL_LINE_STATE:
      if (in) return false;
      dtr = (setup->value & CDC_LINE_STATE_DTR) != 0;
      touch_requested = !dtr && line_coding_baud() == CDC_TOUCH_BAUD;
      usb_control_ack();
      tx_start();
      return true;
    case CDC_SEND_BREAK:
      if (in) return false;
      usb_control_ack();
      return true;
    default:
      return false;
  }
}

void usb_class_control_out(const usb_setup_packet_t *setup, const uint8_t *data, uint32_t len) {
  if (setup->request == CDC_SET_LINE_CODING && len >= sizeof(line_coding)) {
    for (uint32_t i = 0; i < sizeof(line_coding); i++) line_coding[i] = data[i];
  }
}

void usb_class_control_done(const usb_setup_packet_t *setup) {
  /* Only now, once the host has its acknowledgement; and not from the interrupt handler:
   * the bootloader entry waits for the console to drain, which needs interrupts. */
  if (setup->request == CDC_SET_CONTROL_LINE_STATE && touch_requested) {
    touch_requested = false;
    bootloader_requested = true;
  }
}

void usb_class_transfer_done(uint8_t ep, bool in, uint32_t len) {
  if (ep != USB_CDC_DATA_EP) return;
  if (in) {
    tx_busy = false;
    tx_start();
    return;
  }
  const volatile uint8_t *buffer = usb_endpoint_buffer(USB_CDC_DATA_EP, false);
  for (uint32_t i = 0; i < len; i++) console_rx_put(buffer[i]);
  rx_arm();
}

// ---- Thread-mode API ----

void usb_cdc_init(void) {
  usb_device_init();
}

void usb_cdc_task(void) {
  uint32_t state = usb_irq_save();
  usb_device_poll();
  if (rx_paused && usb_device_configured()) rx_arm();
  tx_start();
  usb_irq_restore(state);
  if (bootloader_requested) {
    bootloader_requested = false;
    hal_machine_bootloader();
  }
}

void usb_cdc_write(const uint8_t *buf, uint32_t len) {
  uint32_t last_progress = USB_TIMER_RAWL;
  while (len > 0) {
    uint32_t state = usb_irq_save();
    uint32_t room = TX_RING_SIZE - (tx_head - tx_tail);
    uint32_t n = room < len ? room : len;
    for (uint32_t i = 0; i < n; i++) tx_ring[(tx_head + i) & (TX_RING_SIZE - 1u)] = buf[i];
    tx_head += n;
    tx_start();
    bool connected = usb_cdc_connected();
    usb_irq_restore(state);
    buf += n;
    len -= n;
    if (len == 0) return;
    /* No terminal: drop what does not fit rather than wait for a host that may never come. */
    if (!connected) return;
    uint32_t now = USB_TIMER_RAWL;
    if (n > 0) {
      last_progress = now;
    } else if (now - last_progress > TX_TIMEOUT_US) {
      return; /* the terminal stopped reading */
    }
    usb_cdc_task();
  }
}

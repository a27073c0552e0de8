// The RP2040 USB device core (see usb_device.h). Register facts: RP2040 datasheet, 4.1.
#include "usb_device.h"

#include <stddef.h>

#include "usb_descriptors.h"
#include "usb_regs.h"

#define ENDPOINT_COUNT 16u

/** One direction of one endpoint: where its buffer is and which DATA PID comes next. */
typedef struct {
  uint16_t buffer_offset; /* in DPRAM; 0: not open */
  uint8_t data1;          /* the next packet uses DATA1 */
} endpoint_state_t;

static endpoint_state_t endpoints[ENDPOINT_COUNT][2]; /* [ep][in] */
static uint32_t next_buffer_offset;

typedef enum {
  CONTROL_IDLE,
  CONTROL_DATA_IN,    /* sending the data stage */
  CONTROL_DATA_OUT,   /* receiving the data stage */
  CONTROL_STATUS_IN,  /* our zero-length status packet is queued */
  CONTROL_STATUS_OUT, /* waiting for the host's zero-length status packet */
} control_stage_t;

static usb_setup_packet_t control_setup;
static control_stage_t control_stage;
static const uint8_t *control_in_data;
static uint32_t control_in_remaining;
static bool control_in_needs_zlp; /* the data is shorter than wLength and ends on a full packet */
static uint8_t control_buffer[256]; /* built descriptors and class data */
static uint32_t control_out_received;
static bool control_is_class;
static int control_pending_address = -1; /* SET_ADDRESS takes effect after its status stage */
static uint8_t configuration;
static bool initialized;

uint32_t usb_irq_save(void) {
  uint32_t state;
  __asm volatile("mrs %0, primask\n cpsid i" : "=r"(state)::"memory");
  return state;
}

void usb_irq_restore(uint32_t state) {
  __asm volatile("msr primask, %0" ::"r"(state) : "memory");
}

bool usb_device_configured(void) {
  return configuration != 0;
}

/** Hands a buffer to the controller. The datasheet: when clk_sys is faster than clk_usb, the
 *  AVAILABLE bit must be written after the rest of the buffer control word has settled (3
 *  clk_usb cycles, 12 clk_sys cycles at 125 MHz), so the word is written twice. */
static void buffer_control_submit(uint32_t offset, uint32_t value) {
  USB_DPRAM_WORD(offset) = value;
  __asm volatile("nop\n nop\n nop\n nop\n nop\n nop\n nop\n nop\n nop\n nop\n nop\n nop" ::: "memory");
  USB_DPRAM_WORD(offset) = value | USB_BUF_CTRL_AVAILABLE;
}

/** Starts one packet on endpoint ep (EP0 included) with its next PID, then toggles the PID. */
static void endpoint_submit(uint8_t ep, bool in, const uint8_t *data, uint32_t len) {
  endpoint_state_t *state = &endpoints[ep][in ? 1 : 0];
  uint32_t value = len & USB_BUF_CTRL_LEN_MASK;
  if (state->data1) value |= USB_BUF_CTRL_DATA1_PID;
  state->data1 ^= 1u;
  if (in) {
    volatile uint8_t *buffer = USB_DPRAM + state->buffer_offset;
    for (uint32_t i = 0; i < len; i++) buffer[i] = data[i];
    value |= USB_BUF_CTRL_FULL;
  }
  buffer_control_submit(USB_DPRAM_BUF_CTRL(ep, !in), value);
}

void usb_endpoint_open(uint8_t ep, bool in, uint32_t type) {
  endpoint_state_t *state = &endpoints[ep][in ? 1 : 0];
  if (state->buffer_offset == 0) {
    state->buffer_offset = (uint16_t)next_buffer_offset;
    next_buffer_offset += 64u;
  }
  state->data1 = 0;
  USB_DPRAM_WORD(USB_DPRAM_BUF_CTRL(ep, !in)) = 0;
  USB_DPRAM_WORD(USB_DPRAM_EP_CTRL(ep, !in)) =
      USB_EP_CTRL_ENABLE | USB_EP_CTRL_INTERRUPT_PER_BUFF | (type << USB_EP_CTRL_TYPE_SHIFT) | state->buffer_offset;
}

void usb_endpoint_start(uint8_t ep, bool in, const uint8_t *data, uint32_t len) {
  endpoint_submit(ep, in, data, len);
}

const volatile uint8_t *usb_endpoint_buffer(uint8_t ep, bool in) {
  return USB_DPRAM + endpoints[ep][in ? 1 : 0].buffer_offset;
}

void usb_endpoint_reset_toggle(uint8_t ep, bool in) {
  endpoints[ep][in ? 1 : 0].data1 = 0;
}

/** Closes every endpoint but EP0 and forgets their buffers. */
static void endpoints_close_all(void) {
  for (uint32_t ep = 1; ep < ENDPOINT_COUNT; ep++) {
    USB_DPRAM_WORD(USB_DPRAM_EP_CTRL(ep, false)) = 0;
    USB_DPRAM_WORD(USB_DPRAM_EP_CTRL(ep, true)) = 0;
    USB_DPRAM_WORD(USB_DPRAM_BUF_CTRL(ep, false)) = 0;
    USB_DPRAM_WORD(USB_DPRAM_BUF_CTRL(ep, true)) = 0;
    endpoints[ep][0].buffer_offset = 0;
    endpoints[ep][1].buffer_offset = 0;
  }
  next_buffer_offset = USB_DPRAM_DATA_START;
}

// ---- EP0 ----

static void control_stall(void) {
  USB_EP_STALL_ARM = USB_EP_STALL_ARM_EP0_IN | USB_EP_STALL_ARM_EP0_OUT;
  USB_DPRAM_WORD(USB_DPRAM_BUF_CTRL(0, false)) = USB_BUF_CTRL_STALL;
  USB_DPRAM_WORD(USB_DPRAM_BUF_CTRL(0, true)) = USB_BUF_CTRL_STALL;
  control_stage = CONTROL_IDLE;
}

/** Sends the next data-stage packet: up to 64 bytes, or the zero-length packet that ends data
 *  shorter than wLength when its last packet was full. */
static void control_send_next_packet(void) {
  uint32_t len = control_in_remaining < USB_EP0_PACKET_SIZE ? control_in_remaining : USB_EP0_PACKET_SIZE;
  const uint8_t *data = control_in_data;
  control_in_data += len;
  control_in_remaining -= len;
  if (len == 0) control_in_needs_zlp = false;
  endpoint_submit(0, true, data, len);
}

static void control_send_const(const uint8_t *data, uint32_t len) {
  uint32_t wanted = control_setup.length;
  if (len > wanted) len = wanted;
  control_in_data = data;
  control_in_remaining = len;
  control_in_needs_zlp = len < wanted && (len % USB_EP0_PACKET_SIZE) == 0;
  control_stage = CONTROL_DATA_IN;
  control_send_next_packet();
}

void usb_control_send(const uint8_t *data, uint32_t len) {
  if (len > sizeof(control_buffer)) len = sizeof(control_buffer);
  if (data != control_buffer) {
    for (uint32_t i = 0; i < len; i++) control_buffer[i] = data[i];
  }
  control_send_const(control_buffer, len);
}

void usb_control_receive(void) {
  control_out_received = 0;
  control_stage = CONTROL_DATA_OUT;
  endpoint_submit(0, false, NULL, USB_EP0_PACKET_SIZE);
}

void usb_control_ack(void) {
  control_stage = CONTROL_STATUS_IN;
  endpoints[0][1].data1 = 1; /* the status stage is always DATA1 */
  endpoint_submit(0, true, NULL, 0);
}

static bool get_descriptor(void) {
  uint8_t type = (uint8_t)(control_setup.value >> 8);
  uint8_t index = (uint8_t)(control_setup.value & 0xffu);
  uint32_t len;
  const uint8_t *data;
  switch (type) {
    case 0x01:
      data = usb_descriptor_device(&len);
      control_send_const(data, len);
      return true;
    case 0x02:
      data = usb_descriptor_configuration(&len);
      control_send_const(data, len);
      return true;
    case 0x03:
      len = usb_descriptor_string(index, control_buffer, sizeof(control_buffer));
      if (len == 0) return false;
      control_send_const(control_buffer, len);
      return true;
    default:
      /* DEVICE_QUALIFIER and the rest: a full-speed-only device stalls them. */
      return false;
  }
}

static void set_configuration(uint8_t value) {
  if (configuration != 0) {
    configuration = 0;
    endpoints_close_all();
    usb_class_reset();
  }
  if (value == USB_CONFIGURATION_VALUE) {
    configuration = value;
    usb_class_configured();
  }
}

static bool standard_request(void) {
  const usb_setup_packet_t *s = &control_setup;
  uint8_t recipient = s->request_type & USB_REQUEST_RECIPIENT_MASK;
  /* GET_STATUS, GET_DESCRIPTOR, GET_CONFIGURATION and GET_INTERFACE are the IN requests. */
  bool in = (s->request_type & USB_REQUEST_DIR_IN) != 0;
  bool in_request = s->request == 0x00 || s->request == 0x06 || s->request == 0x08 || s->request == 0x0a;
  if (in != in_request) return false;
  switch (s->request) {
    case 0x00: { /* GET_STATUS: not self-powered, no remote wakeup, no halted endpoint */
      control_buffer[0] = 0;
      control_buffer[1] = 0;
      usb_control_send(control_buffer, 2);
      return true;
    }
    case 0x01: /* CLEAR_FEATURE */
      if (recipient == USB_REQUEST_RECIPIENT_ENDPOINT && s->value == 0) {
        uint8_t ep = (uint8_t)(s->index & 0x0fu);
        usb_endpoint_reset_toggle(ep, (s->index & 0x80u) != 0);
      }
      usb_control_ack();
      return true;
    case 0x05: /* SET_ADDRESS */
      if (s->value > 127u) return false;
      control_pending_address = (int)s->value;
      usb_control_ack();
      return true;
    case 0x06:
      return get_descriptor();
    case 0x08: /* GET_CONFIGURATION */
      control_buffer[0] = configuration;
      usb_control_send(control_buffer, 1);
      return true;
    case 0x09: /* SET_CONFIGURATION */
      if (s->value != 0 && s->value != USB_CONFIGURATION_VALUE) return false;
      set_configuration((uint8_t)s->value);
      usb_control_ack();
      return true;
    case 0x0a: /* GET_INTERFACE: only alternate setting 0 exists */
      if (configuration == 0) return false;
      control_buffer[0] = 0;
      usb_control_send(control_buffer, 1);
      return true;
    case 0x0b: /* SET_INTERFACE */
      if (configuration == 0 || s->value != 0) return false;
      usb_control_ack();
      return true;
    default: /* SET_FEATURE (no remote wakeup, no halt), SET_DESCRIPTOR, SYNCH_FRAME */
      return false;
  }
}

static void handle_setup(void) {
  volatile uint8_t *packet = USB_DPRAM + USB_DPRAM_SETUP_PACKET;
  control_setup.request_type = packet[0];
  control_setup.request = packet[1];
  control_setup.value = (uint16_t)(packet[2] | (packet[3] << 8));
  control_setup.index = (uint16_t)(packet[4] | (packet[5] << 8));
  control_setup.length = (uint16_t)(packet[6] | (packet[7] << 8));
  /* A SETUP ends whatever EP0 was doing; the data stage starts with DATA1. */
  USB_BUFF_STATUS = USB_BUFF_BIT(0, false) | USB_BUFF_BIT(0, true);
  endpoints[0][0].data1 = 1;
  endpoints[0][1].data1 = 1;
  control_stage = CONTROL_IDLE;
  control_pending_address = -1;
  control_is_class = (control_setup.request_type & USB_REQUEST_TYPE_MASK) != USB_REQUEST_TYPE_STANDARD;
  bool handled;
  if (control_is_class) {
    handled = usb_class_setup(&control_setup);
  } else {
    handled = standard_request();
  }
  if (!handled) control_stall();
}

static void control_in_done(void) {
  switch (control_stage) {
    case CONTROL_DATA_IN:
      if (control_in_remaining > 0 || control_in_needs_zlp) {
        control_send_next_packet();
      } else {
        control_stage = CONTROL_STATUS_OUT;
        endpoints[0][0].data1 = 1;
        endpoint_submit(0, false, NULL, USB_EP0_PACKET_SIZE);
      }
      break;
    case CONTROL_STATUS_IN:
      control_stage = CONTROL_IDLE;
      if (control_pending_address >= 0) {
        USB_ADDR_ENDP = (uint32_t)control_pending_address;
        control_pending_address = -1;
      }
      if (control_is_class) usb_class_control_done(&control_setup);
      break;
    default:
      break;
  }
}

static void control_out_done(uint32_t len) {
  switch (control_stage) {
    case CONTROL_DATA_OUT: {
      volatile uint8_t *buffer = USB_DPRAM + USB_DPRAM_EP0_BUFFER;
      for (uint32_t i = 0; i < len && control_out_received < sizeof(control_buffer); i++) {
        control_buffer[control_out_received++] = buffer[i];
      }
      if (control_out_received < control_setup.length && len == USB_EP0_PACKET_SIZE) {
        endpoint_submit(0, false, NULL, USB_EP0_PACKET_SIZE);
        break;
      }
      if (control_is_class) usb_class_control_out(&control_setup, control_buffer, control_out_received);
      usb_control_ack();
      break;
    }
    case CONTROL_STATUS_OUT:
      control_stage = CONTROL_IDLE;
      break;
    default:
      break;
  }
}

static void handle_buffers(uint32_t done) {
  for (uint32_t ep = 0; ep < ENDPOINT_COUNT && done != 0; ep++) {
    for (uint32_t dir_out = 0; dir_out < 2u; dir_out++) {
      uint32_t bit = USB_BUFF_BIT(ep, dir_out);
      if ((done & bit) == 0) continue;
      done &= ~bit;
      uint32_t len = USB_DPRAM_WORD(USB_DPRAM_BUF_CTRL(ep, dir_out)) & USB_BUF_CTRL_LEN_MASK;
      if (ep == 0) {
        if (dir_out) {
          control_out_done(len);
        } else {
          control_in_done();
        }
      } else {
        usb_class_transfer_done((uint8_t)ep, dir_out == 0, len);
      }
    }
  }
}

static void handle_bus_reset(void) {
  USB_ADDR_ENDP = 0;
  control_stage = CONTROL_IDLE;
  control_pending_address = -1;
  configuration = 0;
  endpoints_close_all();
  endpoints[0][0].buffer_offset = USB_DPRAM_EP0_BUFFER;
  endpoints[0][1].buffer_offset = USB_DPRAM_EP0_BUFFER;
  usb_class_reset();
  /* Cleared last: the host may start the next SETUP as soon as the reset is acknowledged. */
  USB_SIE_STATUS = USB_SIE_STATUS_BUS_RESET;
}

void usb_device_poll(void) {
  for (;;) {
    uint32_t status = USB_INTS;
    if (status == 0) break;
    if (status & USB_INT_BUFF_STATUS) {
      uint32_t done = USB_BUFF_STATUS;
      USB_BUFF_STATUS = done; /* write 1 to clear */
      handle_buffers(done);
    }
    if (status & USB_INT_SETUP_REQ) {
      USB_SIE_STATUS = USB_SIE_STATUS_SETUP_REC;
      handle_setup();
    }
    if (status & USB_INT_BUS_RESET) {
      handle_bus_reset();
    }
  }
}

/** The USBCTRL interrupt (IRQ 5); the port's vector table points here. */
void isr_usbctrl(void) {
  usb_device_poll();
}

void usb_device_init(void) {
  if (initialized) return;
  initialized = true;
  USB_RESETS_RESET_SET = USB_RESETS_USBCTRL;
  USB_RESETS_RESET_CLR = USB_RESETS_USBCTRL;
  while ((USB_RESETS_RESET_DONE & USB_RESETS_USBCTRL) == 0) {
  }
  for (uint32_t i = 0; i < USB_DPRAM_SIZE; i += 4u) USB_DPRAM_WORD(i) = 0;
  endpoints_close_all();
  endpoints[0][0].buffer_offset = USB_DPRAM_EP0_BUFFER;
  endpoints[0][1].buffer_offset = USB_DPRAM_EP0_BUFFER;

  /* The on-chip PHY, soft-connect, and VBUS forced present: a Pico does not route VBUS to
   * the controller. */
  USB_MUXING = USB_MUXING_TO_PHY | USB_MUXING_SOFTCON;
  USB_PWR = USB_PWR_VBUS_DETECT | USB_PWR_VBUS_DETECT_OVERRIDE_EN;
  USB_MAIN_CTRL = USB_MAIN_CTRL_CONTROLLER_EN;
  /* One interrupt per EP0 buffer; the pull-up on D+ announces a full-speed device. */
  USB_SIE_CTRL = USB_SIE_CTRL_EP0_INT_1BUF | USB_SIE_CTRL_PULLUP_EN;
  USB_INTE = USB_INT_BUFF_STATUS | USB_INT_BUS_RESET | USB_INT_SETUP_REQ;
  USB_NVIC_ICPR = 1u << USB_IRQ_NUMBER;
  USB_NVIC_ISER = 1u << USB_IRQ_NUMBER;
}

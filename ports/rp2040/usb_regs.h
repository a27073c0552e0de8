// RP2040 USB controller (USBCTRL) registers and DPRAM layout, device mode only: the facts the
// USB driver (usb_device.c, usb_cdc.c) needs, named after the RP2040 datasheet's chapter 4.1.
#ifndef PYX_RP2040_USB_REGS_H
#define PYX_RP2040_USB_REGS_H

#include <stdint.h>

#define USB_REG(offset) (*(volatile uint32_t *)(0x50110000u + (offset)))

// Controller registers (USBCTRL_REGS_BASE 0x50110000).
#define USB_ADDR_ENDP USB_REG(0x00u)
#define USB_MAIN_CTRL USB_REG(0x40u)
#define USB_SIE_CTRL USB_REG(0x4cu)
#define USB_SIE_STATUS USB_REG(0x50u)
#define USB_BUFF_STATUS USB_REG(0x58u)
#define USB_EP_STALL_ARM USB_REG(0x68u)
#define USB_MUXING USB_REG(0x74u)
#define USB_PWR USB_REG(0x78u)
#define USB_INTE USB_REG(0x90u)
#define USB_INTS USB_REG(0x98u)

#define USB_MAIN_CTRL_CONTROLLER_EN (1u << 0)
#define USB_SIE_CTRL_EP0_INT_1BUF (1u << 29)
#define USB_SIE_CTRL_PULLUP_EN (1u << 16)
#define USB_SIE_STATUS_BUS_RESET (1u << 19)
#define USB_SIE_STATUS_SETUP_REC (1u << 17)
#define USB_EP_STALL_ARM_EP0_IN (1u << 0)
#define USB_EP_STALL_ARM_EP0_OUT (1u << 1)
#define USB_MUXING_TO_PHY (1u << 0)
#define USB_MUXING_SOFTCON (1u << 3)
#define USB_PWR_VBUS_DETECT (1u << 2)
#define USB_PWR_VBUS_DETECT_OVERRIDE_EN (1u << 3)

// INTE / INTS bits.
#define USB_INT_BUFF_STATUS (1u << 4)
#define USB_INT_BUS_RESET (1u << 12)
#define USB_INT_SETUP_REQ (1u << 16)

// DPRAM (USBCTRL_DPRAM_BASE 0x50100000, 4 KB): setup packet, endpoint control and buffer
// control words, then data buffers (64-byte aligned offsets).
#define USB_DPRAM_BASE 0x50100000u
#define USB_DPRAM_SIZE 4096u
#define USB_DPRAM ((volatile uint8_t *)USB_DPRAM_BASE)
#define USB_DPRAM_WORD(offset) (*(volatile uint32_t *)(USB_DPRAM_BASE + (offset)))
#define USB_DPRAM_SETUP_PACKET 0x00u
// Endpoint n (1..15) control: IN at 0x08 + 8*(n-1), OUT 4 bytes later.
#define USB_DPRAM_EP_CTRL(ep, out) (0x08u + 8u * ((uint32_t)(ep) - 1u) + ((out) ? 4u : 0u))
// Endpoint n (0..15) buffer control: IN at 0x80 + 8*n, OUT 4 bytes later.
#define USB_DPRAM_BUF_CTRL(ep, out) (0x80u + 8u * (uint32_t)(ep) + ((out) ? 4u : 0u))
// EP0 has a fixed buffer, shared by both directions.
#define USB_DPRAM_EP0_BUFFER 0x100u
// The first offset free for other endpoints' buffers.
#define USB_DPRAM_DATA_START 0x180u

// Endpoint control word.
#define USB_EP_CTRL_ENABLE (1u << 31)
#define USB_EP_CTRL_INTERRUPT_PER_BUFF (1u << 29)
#define USB_EP_CTRL_TYPE_SHIFT 26u
#define USB_EP_CTRL_TYPE_BULK 2u
#define USB_EP_CTRL_TYPE_INTERRUPT 3u

// Buffer control word, buffer 0 (buffer 1, unused here, is the same 16 bits shifted up).
#define USB_BUF_CTRL_LEN_MASK 0x3ffu
#define USB_BUF_CTRL_AVAILABLE (1u << 10)
#define USB_BUF_CTRL_STALL (1u << 11)
#define USB_BUF_CTRL_DATA1_PID (1u << 13)
#define USB_BUF_CTRL_LAST (1u << 14)
#define USB_BUF_CTRL_FULL (1u << 15)

// BUFF_STATUS: one bit per endpoint and direction.
#define USB_BUFF_BIT(ep, out) (1u << (2u * (uint32_t)(ep) + ((out) ? 1u : 0u)))

// RESETS (0x4000c000): USBCTRL is bit 24. Atomic set/clear aliases at +0x2000/+0x3000.
#define USB_RESETS_RESET_SET (*(volatile uint32_t *)0x4000e000u)
#define USB_RESETS_RESET_CLR (*(volatile uint32_t *)0x4000f000u)
#define USB_RESETS_RESET_DONE (*(volatile uint32_t *)0x4000c008u)
#define USB_RESETS_USBCTRL (1u << 24)

// NVIC: USBCTRL_IRQ is interrupt 5.
#define USB_IRQ_NUMBER 5u
#define USB_NVIC_ISER (*(volatile uint32_t *)0xe000e100u)
#define USB_NVIC_ICPR (*(volatile uint32_t *)0xe000e280u)

// TIMER (0x40054000): TIMERAWL counts microseconds once the port has started the tick.
#define USB_TIMER_RAWL (*(volatile uint32_t *)0x40054028u)

#endif

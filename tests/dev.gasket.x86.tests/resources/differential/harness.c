/*
 * Runs x86-64 code snippets on the host CPU for the emulator's differential tests.
 *
 * Code and data live at fixed addresses in the low 2 GiB, so absolute and RIP-relative
 * operands mean the same here as in the emulator. Guard pages around both make any
 * access outside them fault the same way on every run.
 *
 * Protocol (all integers little-endian), stdin to stdout:
 *   header (written once): "GDH1", u64 data base, u32 data size, u64 code base,
 *     u32 code capacity, u64 RFLAGS bits the host always has set (IF, bit 1)
 *   request:  u32 code length, u64 gpr[16] (RAX..R15), u64 rflags (status flags and DF
 *     are taken), code bytes, data-area bytes
 *   response: u32 exception vector (0xffffffff when the code ran to its end), u32 error code,
 *     u64 fault address (si_addr), u64 rip, u64 gpr[16], u64 rflags,
 *     u32 number of changed data bytes, then per changed byte u32 offset and u8 value.
 *   After a fault, rip/gpr/rflags are those the CPU reported for the faulting instruction.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#define STR(x) #x
#define XSTR(x) STR(x)

#define DATA_BASE 0x10000000UL
#define DATA_SIZE 0x2000UL
#define CODE_BASE 0x20000000UL
#define CODE_SIZE 0x1000UL
/* The last qword of the code page holds the address the return stub jumps to. */
#define RETURN_SLOT 0x20000ff8
#define PAGE 0x1000UL

#define STATUS_AND_DF 0xcd5UL /* CF PF AF ZF SF DF OF */
#define NO_VECTOR 0xffffffffU

/* Snippet registers in the order RAX RCX RDX RBX RSP RBP RSI RDI R8..R15, then RFLAGS. */
uint64_t snippet_state[17];
uint64_t host_rsp;
uint64_t snippet_entry = CODE_BASE;
extern char snippet_exit[], return_stub[], return_stub_end[];

__asm__(
	".text\n"
	".globl enter_snippet\n"
	".type enter_snippet, @function\n"
	"enter_snippet:\n"
	"	push %rbx\n	push %rbp\n	push %r12\n	push %r13\n	push %r14\n	push %r15\n"
	"	mov %rsp, host_rsp(%rip)\n"
	"	pushq snippet_state+128(%rip)\n"
	"	popfq\n"
	"	mov snippet_state+0(%rip), %rax\n"
	"	mov snippet_state+8(%rip), %rcx\n"
	"	mov snippet_state+16(%rip), %rdx\n"
	"	mov snippet_state+24(%rip), %rbx\n"
	"	mov snippet_state+32(%rip), %rsp\n"
	"	mov snippet_state+40(%rip), %rbp\n"
	"	mov snippet_state+48(%rip), %rsi\n"
	"	mov snippet_state+56(%rip), %rdi\n"
	"	mov snippet_state+64(%rip), %r8\n"
	"	mov snippet_state+72(%rip), %r9\n"
	"	mov snippet_state+80(%rip), %r10\n"
	"	mov snippet_state+88(%rip), %r11\n"
	"	mov snippet_state+96(%rip), %r12\n"
	"	mov snippet_state+104(%rip), %r13\n"
	"	mov snippet_state+112(%rip), %r14\n"
	"	mov snippet_state+120(%rip), %r15\n"
	"	jmp *snippet_entry(%rip)\n"
	".globl snippet_exit\n"
	"snippet_exit:\n"
	/* mov leaves the flags alone, so they are still the snippet's until pushfq. */
	"	mov %rax, snippet_state+0(%rip)\n"
	"	mov %rcx, snippet_state+8(%rip)\n"
	"	mov %rdx, snippet_state+16(%rip)\n"
	"	mov %rbx, snippet_state+24(%rip)\n"
	"	mov %rsp, snippet_state+32(%rip)\n"
	"	mov %rbp, snippet_state+40(%rip)\n"
	"	mov %rsi, snippet_state+48(%rip)\n"
	"	mov %rdi, snippet_state+56(%rip)\n"
	"	mov %r8, snippet_state+64(%rip)\n"
	"	mov %r9, snippet_state+72(%rip)\n"
	"	mov %r10, snippet_state+80(%rip)\n"
	"	mov %r11, snippet_state+88(%rip)\n"
	"	mov %r12, snippet_state+96(%rip)\n"
	"	mov %r13, snippet_state+104(%rip)\n"
	"	mov %r14, snippet_state+112(%rip)\n"
	"	mov %r15, snippet_state+120(%rip)\n"
	"	mov host_rsp(%rip), %rsp\n"
	"	pushfq\n"
	"	popq snippet_state+128(%rip)\n"
	"	cld\n"
	"	pop %r15\n	pop %r14\n	pop %r13\n	pop %r12\n	pop %rbp\n	pop %rbx\n"
	"	ret\n"
	".size enter_snippet, .-enter_snippet\n"
	/* Copied behind every snippet: an absolute indirect jump touches no register and no flag. */
	".section .rodata\n"
	".globl return_stub\n"
	".globl return_stub_end\n"
	"return_stub:\n"
	"	jmp *" XSTR(RETURN_SLOT) "\n"
	"return_stub_end:\n"
	".text\n");

void enter_snippet(void);

static sigjmp_buf recovery;
static volatile sig_atomic_t running_snippet;

struct fault {
	uint32_t vector;
	uint32_t error_code;
	uint64_t address;
	uint64_t rip;
	uint64_t gpr[16];
	uint64_t rflags;
};
static struct fault fault;

static const int GREG_OF_GPR[16] = { REG_RAX, REG_RCX, REG_RDX, REG_RBX, REG_RSP, REG_RBP, REG_RSI, REG_RDI,
		REG_R8, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15 };

static void on_fault(int signal_number, siginfo_t *info, void *context) {
	if (!running_snippet) {
		/* A bug in the harness itself: die with the original signal rather than report nonsense. */
		sigaction(signal_number, &(struct sigaction) { .sa_handler = SIG_DFL }, NULL);
		raise(signal_number);
		return;
	}
	running_snippet = 0;
	greg_t *registers = ((ucontext_t *) context)->uc_mcontext.gregs;
	/* The kernel passes the hardware's vector and error code through the signal context. */
	fault.vector = (uint32_t) registers[REG_TRAPNO];
	fault.error_code = (uint32_t) registers[REG_ERR];
	fault.address = (uint64_t) (uintptr_t) info->si_addr;
	fault.rip = (uint64_t) registers[REG_RIP];
	fault.rflags = (uint64_t) registers[REG_EFL];
	for (int i = 0; i < 16; i++) {
		fault.gpr[i] = (uint64_t) registers[GREG_OF_GPR[i]];
	}
	siglongjmp(recovery, 1);
}

static void die(const char *what) {
	fprintf(stderr, "harness: %s: %s\n", what, errno ? strerror(errno) : "bad input");
	exit(2);
}

static void map_fixed(uint64_t address, size_t size, int protection) {
	void *mapped = mmap((void *) address, size, protection, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (mapped != (void *) address) {
		fprintf(stderr, "harness: cannot map 0x%lx (+0x%zx): %s\n", (unsigned long) address, size, strerror(errno));
		exit(2);
	}
}

static void set_up(void) {
	map_fixed(DATA_BASE - PAGE, PAGE, PROT_NONE);
	map_fixed(DATA_BASE, DATA_SIZE, PROT_READ | PROT_WRITE);
	map_fixed(DATA_BASE + DATA_SIZE, PAGE, PROT_NONE);
	map_fixed(CODE_BASE - PAGE, PAGE, PROT_NONE);
	map_fixed(CODE_BASE, CODE_SIZE, PROT_READ | PROT_WRITE);
	map_fixed(CODE_BASE + CODE_SIZE, PAGE, PROT_NONE);

	/* Faults arrive while RSP points into the small data area: handle them on a stack of their own. */
	static char alternate_stack[1 << 16];
	stack_t stack = { .ss_sp = alternate_stack, .ss_size = sizeof alternate_stack };
	if (sigaltstack(&stack, NULL) != 0) {
		die("sigaltstack");
	}
	struct sigaction action = { .sa_sigaction = on_fault, .sa_flags = SA_SIGINFO | SA_ONSTACK };
	sigemptyset(&action.sa_mask);
	int signals[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP };
	for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
		if (sigaction(signals[i], &action, NULL) != 0) {
			die("sigaction");
		}
	}
}

static uint64_t host_fixed_flags(void) {
	uint64_t rflags;
	__asm__ volatile("pushfq\n\tpopq %0" : "=r"(rflags));
	return rflags & ~STATUS_AND_DF;
}

static int read_exactly(void *buffer, size_t size) {
	return fread(buffer, 1, size, stdin) == size;
}

static void write_u32(uint32_t value) {
	fwrite(&value, sizeof value, 1, stdout);
}

static void write_u64(uint64_t value) {
	fwrite(&value, sizeof value, 1, stdout);
}

static void write_u64s(const uint64_t *values, size_t count) {
	fwrite(values, sizeof *values, count, stdout);
}

static void protect_code(int protection) {
	if (mprotect((void *) CODE_BASE, CODE_SIZE, protection) != 0) {
		die("mprotect");
	}
}

/* Runs one request; returns 0 at the end of input. */
static int run_case(uint64_t fixed_flags, size_t code_capacity) {
	static uint8_t initial_data[DATA_SIZE];
	uint32_t code_length;
	if (!read_exactly(&code_length, sizeof code_length)) {
		return 0;
	}
	uint8_t *code = (uint8_t *) CODE_BASE;
	uint64_t input[17];
	if (code_length > code_capacity || !read_exactly(input, sizeof input) || !read_exactly(code, code_length)
			|| !read_exactly(initial_data, DATA_SIZE)) {
		errno = 0;
		die("truncated or oversized request");
	}
	size_t stub_length = (size_t) (return_stub_end - return_stub);
	memcpy(code + code_length, return_stub, stub_length);
	*(uint64_t *) RETURN_SLOT = (uint64_t) (uintptr_t) snippet_exit;
	memcpy((void *) DATA_BASE, initial_data, DATA_SIZE);
	memcpy(snippet_state, input, 16 * sizeof(uint64_t));
	snippet_state[16] = (input[16] & STATUS_AND_DF) | fixed_flags;
	protect_code(PROT_READ | PROT_EXEC);

	int faulted = sigsetjmp(recovery, 1);
	if (!faulted) {
		running_snippet = 1;
		enter_snippet();
		running_snippet = 0;
	}
	protect_code(PROT_READ | PROT_WRITE);
	memset(code, 0, code_length + stub_length);

	if (faulted) {
		write_u32(fault.vector);
		write_u32(fault.error_code);
		write_u64(fault.address);
		write_u64(fault.rip);
		write_u64s(fault.gpr, 16);
		write_u64(fault.rflags);
	} else {
		write_u32(NO_VECTOR);
		write_u32(0);
		write_u64(0);
		write_u64(CODE_BASE + code_length);
		write_u64s(snippet_state, 17);
	}
	const uint8_t *data = (const uint8_t *) DATA_BASE;
	uint32_t changed = 0;
	for (size_t i = 0; i < DATA_SIZE; i++) {
		changed += data[i] != initial_data[i];
	}
	write_u32(changed);
	for (uint32_t i = 0; i < DATA_SIZE; i++) {
		if (data[i] != initial_data[i]) {
			write_u32(i);
			fputc(data[i], stdout);
		}
	}
	/* Flushed per case, so a crash of the harness still shows which case caused it. */
	if (fflush(stdout) != 0) {
		die("write");
	}
	return 1;
}

int main(void) {
	set_up();
	uint64_t fixed_flags = host_fixed_flags();
	size_t code_capacity = CODE_SIZE - 8 - (size_t) (return_stub_end - return_stub);
	fwrite("GDH1", 1, 4, stdout);
	write_u64(DATA_BASE);
	write_u32((uint32_t) DATA_SIZE);
	write_u64(CODE_BASE);
	write_u32((uint32_t) code_capacity);
	write_u64(fixed_flags);
	while (run_case(fixed_flags, code_capacity)) {
	}
	return fflush(stdout) == 0 ? 0 : 1;
}

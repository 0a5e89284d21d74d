/* A header with a preprocessor warning and an instruction as rejects. */
#warning "noisy.h is deprecated"
	movq	%rax, %bl

	.text
	.warning "plain warning"
	ret

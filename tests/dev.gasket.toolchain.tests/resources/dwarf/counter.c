/* Optimised C gives the line program what hand-written assembly rarely has: non-statement rows, views,
   discriminators and columns. */
int count_matches(const int *values, int length, int wanted)
{
	int matches = 0;
	for (int i = 0; i < length; i++) {
		if (values[i] == wanted) {
			matches++;
		}
	}
	return matches;
}

"""The UI kit every mode shares: one meter (`meter`, in a practice, projector or compact style), one chart
painter (`chart`, with `curves` as its interactive widget), one option button, buttons and labels, the colours
(`palette`, with the light and projector schemes, and `tones`) and theme, the avatar, the transcript, and the
one table of the domain's words."""

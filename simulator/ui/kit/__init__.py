"""The UI kit every mode shares: the meter, the chart painters, buttons and labels, the palette and theme,
the avatar, the transcript, and the one table of the domain's words."""

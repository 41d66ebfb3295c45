import { ChangeEvent, useState } from 'react';

/** The value and change handler of a controlled text field, to spread onto a `TextField`. */
export type TextInput = {
  value: string;
  onChange(event: ChangeEvent<{ value: string }>): void;
};

/** State for one controlled text field: the props to spread onto it, and a setter (e.g. to clear it). */
export function useTextInput(
  initial = '',
): [TextInput, (value: string) => void] {
  const [value, setValue] = useState(initial);
  return [{ value, onChange: event => setValue(event.target.value) }, setValue];
}

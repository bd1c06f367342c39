import { MAX_QUERY_LENGTH } from "@/lib/reading/search";

interface SearchFormProps {
  readonly id: string;
  readonly label: string;
  readonly defaultValue?: string;
}

/** A plain GET form to /search: it works with JavaScript off. */
export function SearchForm({ id, label, defaultValue }: SearchFormProps) {
  return (
    <form
      role="search"
      action="/search"
      method="get"
      className="search-form"
      aria-label={label}
    >
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Search stories"
        autoComplete="off"
      />
      <button type="submit">Search</button>
    </form>
  );
}

"""The Streamlit app behind `streamlit run app.py`: one module per page (`pages/`), the parts pages are built from
(`components/`), and the resources every session shares (`resources`). It builds on `geo`, never the reverse."""
